/**
 * Who may sit on a calibration session (003 §19; 001 §37–41): an odd number of members,
 * at least three; the evaluators (other than the one whose evaluation is disputed) and an
 * HR officer (or the person doing the HR service's duties); never the servant who disagrees
 * nor the person who evaluated them.
 */
import type { Reason } from './reason';

export interface SessionMember {
  id: string;
  /** Shown in messages; the id when absent. */
  name?: string;
  /** An officer of the HR service (or the person doing its duties). */
  hrOfficer?: boolean;
  /** An evaluating person of the body. */
  evaluator?: boolean;
}

export interface DisputedEvaluation {
  /** The servant who disagrees. */
  servantId: string;
  /** The person who evaluated them. */
  evaluatorId: string;
}

const SOURCE = '003 §19';

/** Every reason the composition is not lawful; an empty list means it is. */
export function compositionReasons(members: readonly SessionMember[], disputed: DisputedEvaluation): Reason[] {
  const reasons: Reason[] = [];
  const byId = new Map<string, SessionMember>();
  for (const m of members) {
    if (byId.has(m.id)) {
      const who = m.name ?? m.id;
      reasons.push({
        id: 'duplicate-member',
        source: SOURCE,
        message: { kk: `${who} құрамда екі рет көрсетілген`, ru: `${who} указан в составе дважды`, en: `${who} is listed twice` },
      });
    } else byId.set(m.id, m);
  }
  const count = byId.size;
  if (count < 3) {
    reasons.push({
      id: 'too-few',
      source: SOURCE,
      message: {
        kk: `Мүшелер саны үштен кем болмауы керек, қазір ${count}`,
        ru: `Членов должно быть не менее трёх, сейчас ${count}`,
        en: `There must be at least three members, not ${count}`,
      },
    });
  }
  if (count % 2 === 0) {
    reasons.push({
      id: 'even-count',
      source: SOURCE,
      message: {
        kk: `Мүшелер саны тақ болуы керек, қазір ${count}`,
        ru: `Число членов должно быть нечётным, сейчас ${count}`,
        en: `The number of members must be odd, not ${count}`,
      },
    });
  }
  const servant = byId.get(disputed.servantId);
  if (servant) {
    const who = servant.name ?? servant.id;
    reasons.push({
      id: 'includes-servant',
      source: SOURCE,
      message: {
        kk: `Бағамен келіспеген қызметші (${who}) құрамға енгізілмейді`,
        ru: `Несогласный с оценкой служащий (${who}) не включается в состав`,
        en: `The servant who disagrees (${who}) cannot be a member`,
      },
    });
  }
  const evaluator = byId.get(disputed.evaluatorId);
  if (evaluator) {
    const who = evaluator.name ?? evaluator.id;
    reasons.push({
      id: 'includes-evaluator',
      source: SOURCE,
      message: {
        kk: `Қызметшіні бағалаған тұлға (${who}) құрамға енгізілмейді`,
        ru: `Лицо, оценившее служащего (${who}), не включается в состав`,
        en: `The person who evaluated the servant (${who}) cannot be a member`,
      },
    });
  }
  const eligible = [...byId.values()].filter((m) => m.id !== disputed.servantId && m.id !== disputed.evaluatorId);
  if (!eligible.some((m) => m.hrOfficer)) {
    reasons.push({
      id: 'no-hr-officer',
      source: SOURCE,
      message: {
        kk: 'Құрамда персоналды басқару қызметінің (кадр қызметінің) қызметкері болуы керек',
        ru: 'В составе должен быть работник службы управления персоналом (кадровой службы)',
        en: 'An officer of the HR service must be a member',
      },
    });
  }
  if (!eligible.some((m) => m.evaluator)) {
    reasons.push({
      id: 'no-evaluator',
      source: SOURCE,
      message: {
        kk: 'Құрамға бағалаушы тұлғалар енгізіледі (даулы бағаны қойған тұлғадан басқа)',
        ru: 'В состав включаются оценивающие лица (кроме лица, чья оценка рассматривается)',
        en: 'Evaluating persons (other than the one whose evaluation is disputed) must be members',
      },
    });
  }
  return reasons;
}

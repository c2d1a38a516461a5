/**
 * The texts of the deadline and calibration core live in src/templates/data/calibration.json
 * (not bundled): every phrase the core produces must be there, in kk, ru and en, with the
 * same placeholders in each language.
 */
import { deadlines, EDITIONS } from '../../../src/core/calendar/deadlines';
import { commissionDecision2017, revisionReasons } from '../../../src/core/calibration/commission2017';
import { compositionReasons } from '../../../src/core/calibration/composition';
import { consequences } from '../../../src/core/calibration/consequences';
import { disagreementTimeline } from '../../../src/core/calibration/disagreement';
import { adoptedScore } from '../../../src/core/calibration/votes';
import type { Phrase } from '../../../src/core/i18n/phrase';
import { catalog, say } from '../../support/catalog';

describe('the phrase catalog (calibration.json)', () => {
  test('every text has the same placeholders in kk, ru and en', () => {
    for (const [key, t] of Object.entries(catalog)) {
      const holes = (s: string) => (s.match(/\{@?\w+\}/g) ?? []).sort().join(' ');
      expect([key, holes(t.ru), holes(t.en)]).toEqual([key, holes(t.kk), holes(t.kk)]);
    }
  });

  test('every phrase the core produces is in the catalog, fully filled', () => {
    const phrases: Phrase[] = [];
    for (const e of EDITIONS) for (const d of deadlines(e, 2026)) phrases.push(d.label, d.rule);
    phrases.push(
      ...compositionReasons([{ id: 'S' }, { id: 'E' }, { id: 'S' }, { id: 'X' }], { servantId: 'S', evaluatorId: 'E' }),
      ...compositionReasons([], { servantId: 'S', evaluatorId: 'E' }),
      ...(adoptedScore([{ memberId: 'A', score: 9 }, { memberId: 'A', score: 1 }]) as { reasons: Phrase[] }).reasons,
      ...(adoptedScore([]) as { reasons: Phrase[] }).reasons,
      ...(adoptedScore([{ memberId: 'A', score: 1 }, { memberId: 'B', score: 2 }]) as { reasons: Phrase[] }).reasons,
      ...commissionDecision2017([{ id: 'C', role: 'chair', present: false, vote: 'for' }, { id: 'C2', role: 'chair', present: true }, { id: 'S', role: 'secretary', present: true, vote: 'for' }]).reasons,
      ...commissionDecision2017([{ id: 'C', role: 'chair', present: true }, { id: 'M', role: 'member', present: true, vote: 'for' }]).reasons,
      ...commissionDecision2017([{ id: 'C', role: 'chair', present: false }, { id: 'M', role: 'member', present: true, vote: 'for' }, { id: 'N', role: 'member', present: true, vote: 'against' }, { id: 'O', role: 'member', present: true, vote: 'for' }, { id: 'P', role: 'member', present: true, vote: 'against' }]).reasons,
      ...revisionReasons([{ person: 'A', result: '', explanation: '' }, { person: 'A', result: '3', explanation: 'x' }]),
      ...commissionDecision2017([{ id: 'C', role: 'chair', present: false }]).reasons,
      ...disagreementTimeline({ resultsReceived: '2026-03-20', request: '2026-04-20', compositionApproved: '2026-04-30', sessionHeld: '2026-05-20', protocolSigned: '2026-05-19', protocolPublished: '2026-06-01' }).issues,
    );
    for (const edition of EDITIONS) {
      for (const grade of edition === '2017' ? (['excellent', 'unsatisfactory'] as const) : (['effective', 'unsatisfactory'] as const)) {
        phrases.push(...consequences({ edition, grade, previousYearGrade: 'unsatisfactory', resultsApproved: '2026-12-25' }).notes, ...consequences({ edition, grade }).notes);
      }
    }
    const ids = new Set(phrases.map((p) => p.key));
    for (const id of ['too-few', 'even-count', 'includes-servant', 'includes-evaluator', 'duplicate-member', 'no-hr-officer', 'no-evaluator', 'duplicate-vote', 'invalid-score', 'no-votes', 'no-majority', 'secretary-voted', 'absent-voted', 'several-chairs', 'no-quorum', 'missing-vote', 'tie-without-chair', 'revision-unexplained', 'revision-no-result', 'revision-twice', 'out-of-order', 'request-late', 'composition-late', 'session-late', 'protocol-late', 'bonus', 'no-bonus', 'training', 'training-by', 'no-mentoring', 'demotion', 'warning']) {
      expect(ids).toContain(id);
    }
    for (const p of phrases) expect(() => say(p)).not.toThrow();
  });
});

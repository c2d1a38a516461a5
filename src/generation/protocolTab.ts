/**
 * The printable protocols of the year, in Kazakh and in Russian, one A4 block per language:
 * - calibration sessions (editions 2023, 2026-params; 001 §41, 003 §22: the score adopted by
 *   the members' majority, recorded in a protocol and published within 3 working days);
 * - meetings of the evaluation commission (edition 2017): the form of 000 appendix 4,
 *   word for word in Kazakh (ru marked as the product's translation); below it, a separate block
 *   "record of the meeting" (the date, quorum, open vote, decision: 000 §7–9), marked as the
 *   product's record, since the form has no place for them.
 * Values only: the tab is rebuilt from the Calibration / Commission tab whenever it is opened.
 */
import type { IsoDate } from '../core/calendar/dates';
import { gradeLabel, scoreGrade } from '../core/grades';
import type { Lang, Text } from '../core/text';
import { COLORS, emptyGrid, fill, plainPlan, sheetRef, str, type CellBox, type TabPlan } from './plan';
import type { Say } from './phrases';
import { FIRST_DATA_ROW } from './table';

export const PROTOCOL_LANGS: readonly Lang[] = ['kk', 'ru'];
const WIDTH = 4;

export interface CalibrationProtocol {
  no: number;
  person: string;
  position: string;
  /** 1–4: a quarter of `year`; otherwise the year. */
  period: number;
  evaluator: string;
  original: number | null;
  dates: { resultsReceived?: IsoDate; request?: IsoDate; sessionHeld?: IsoDate; protocolSigned?: IsoDate };
  adopted: number | null;
  members: { name: string; role: string; score: number | null }[];
}

export interface CommissionProtocol {
  no: number;
  date?: IsoDate;
  period: number;
  members: { name: string; role: string; present: boolean; vote?: 'for' | 'against' }[];
  outcome: { members: number; present: number; required: number; for: number; against: number; decision: string; castingVote: boolean };
  /** Where each servant's result is: a tab's name and its name and result columns. */
  results: { tab: string; nameCol: string; resultCol: string };
  /** 000 §35: the results revised, each with its explanation (none: the results approved). */
  revisions?: readonly { person: string; result: string; explanation: string }[];
}

/** 000 appendix 4 as templates/data/evaluationForms.json holds it (`2017-commission-protocol`). */
export interface AppendixForm {
  source: string;
  /** The language the form was issued in; the others are printed under a translation line. */
  issued?: 'kk' | 'ru';
  appendix?: Text;
  formWord?: Text;
  title: Text;
  /** The captions under the form's blanks: the state body, the kind and period of the evaluation. */
  fields?: { id: string; label: Text }[];
  intro?: Text[];
  columns?: { id: string; label: Text }[];
  /** The table's row number as the form prints it ("{n}."). */
  rowNumber?: string;
  footer?: Text[];
  /** One line per party ("… _____ Күні: _____"), its caption below when the form prints one. */
  signatures?: { id: string; party: string; label: Text; caption?: Text }[];
}

type Style = 'title' | 'header' | 'bold' | 'small';
interface Line {
  cells: unknown[];
  style?: Style;
}

export interface ProtocolBlock {
  /** "case:3:kk", "meeting:1:ru", "record:1:ru" (the record of meeting 1 printed below its form). */
  id: string;
  firstRow: number;
  lastRow: number;
}

function dmy(iso: IsoDate | undefined): string {
  return iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '____________';
}

function periodText(say: Say, period: number, year: number): string {
  return period <= 4 ? `${say('period.quarter', { q: period })} ${say('period.year', { year })}` : say('period.year', { year: period });
}

function score(lang: Lang, x: number | null): string {
  return x === null ? '—' : `${x.toFixed(2)} — ${gradeLabel(scoreGrade(x), 'score', lang)}`;
}

function calibrationLines(p: CalibrationProtocol, o: ProtocolOffice, say: Say, lang: Lang): Line[] {
  const voting = p.members.filter((m) => m.score !== null);
  const tally = new Map<string, number>();
  for (const m of voting) tally.set(m.score!.toFixed(2), (tally.get(m.score!.toFixed(2)) ?? 0) + 1);
  const lines: Line[] = [
    { cells: [say('proto.title', { no: p.no })], style: 'title' },
    { cells: ['', say('proto.body', { org: o.organisation })] },
    { cells: ['', say('proto.date', { date: dmy(p.dates.sessionHeld) })] },
    { cells: ['', say('proto.servant', { name: p.person, position: p.position })], style: 'bold' },
    { cells: ['', say('proto.period', { period: periodText(say, p.period, o.year) })] },
    { cells: ['', say('proto.evaluator', { name: p.evaluator || '—' })] },
    { cells: ['', say('proto.original', { score: score(lang, p.original) })] },
    { cells: ['', say('proto.request', { date: dmy(p.dates.request), received: dmy(p.dates.resultsReceived) })] },
    { cells: [] },
    { cells: [say('proto.members')], style: 'bold' },
    { cells: ['№', say('col.member'), say('col.role'), say('col.proposed')], style: 'header' },
    ...p.members.map((m, i) => ({ cells: [i + 1, m.name, say(`role.${m.role}`), m.score === null ? '—' : m.score.toFixed(2)] })),
    { cells: [] },
    { cells: ['', say('proto.votes', { tally: [...tally].map(([s, n]) => `${s} — ${n}`).join('; '), voting: voting.length })] },
    { cells: ['', say('proto.adopted', { score: p.adopted === null ? '—' : p.adopted.toFixed(2), grade: p.adopted === null ? '' : gradeLabel(scoreGrade(p.adopted), 'score', lang) })], style: 'bold' },
    { cells: ['', say('proto.basis')] },
    { cells: [] },
    { cells: ['', say('proto.signatures')] },
    ...p.members.map((m) => ({ cells: ['', `${m.name} (${say(`role.${m.role}`)})`, '____________'] })),
    { cells: ['', say('proto.signed', { date: dmy(p.dates.protocolSigned) })] },
    { cells: ['', say('proto.acquainted', { name: p.person })] },
  ];
  return lines;
}

/** "… _____ … _____": the blanks of a form's line filled in turn (a missing value keeps the blank). */
function fillBlanks(text: string, values: readonly (string | undefined)[]): string {
  let i = 0;
  return text.replace(/_{3,}/g, (blank) => values[i++] || blank);
}

/**
 * The form of 000 appendix 4, word for word in the language it was issued in (a translation
 * line above the other languages): nothing the form does not have.
 */
function commissionLines(p: CommissionProtocol, o: ProtocolOffice, form: AppendixForm, say: Say, lang: Lang): Line[] {
  const out = p.outcome;
  const t = (x: Text | undefined) => (x ? x[lang] : '');
  const field = (id: string) => t(form.fields?.find((f) => f.id === id)?.label);
  const kind = say(p.period <= 4 ? 'proto.kind-quarter' : 'proto.kind-annual');
  const ref = (col: string) => `${sheetRef(p.results.tab)}!$${col}$${FIRST_DATA_ROW}:$${col}$2000`;
  const lines: Line[] = [];
  if (form.issued && form.issued !== lang) {
    const m = /^(\d{3}) appendix ([\d-]+)$/.exec(form.source);
    lines.push({ cells: ['', say('proto.translation', { source: m ? `${m[1]}, ${say('proto.appendix', { n: m[2] })}` : form.source })], style: 'small' });
  }
  if (form.appendix) lines.push({ cells: ['', t(form.appendix)], style: 'small' });
  if (form.formWord) lines.push({ cells: ['', t(form.formWord)], style: 'small' });
  lines.push(
    { cells: [t(form.title)], style: 'title' },
    { cells: ['', o.organisation], style: 'bold' },
    { cells: ['', field('body')], style: 'small' },
    { cells: ['', say('proto.kind', { kind, period: periodText(say, p.period, o.year) })], style: 'bold' },
    { cells: ['', field('kind')], style: 'small' },
    ...(form.intro ?? []).map((x) => ({ cells: [t(x)], style: 'bold' as const })),
    { cells: (form.columns ?? []).map((c) => t(c.label)), style: 'header' },
    // 000 §35: a revised result and its explanation in the column of the commission's proposals.
    ...o.servants.map((name, i) => {
      const r = (p.revisions ?? []).find((x) => x.person === name);
      const no = (form.rowNumber ?? '{n}').replace('{n}', String(i + 1));
      return { cells: [no, name, `=IFERROR(INDEX(${ref(p.results.resultCol)},MATCH(${str(name)},${ref(p.results.nameCol)},0)),"")`, r ? say('proto.revision', { result: r.result, explanation: r.explanation }) : ''] };
    }),
    { cells: [] },
  );
  const conclusion = out.decision === 'adopted' ? `${say('decision.adopted')}. ${say(p.revisions?.length ? 'proto.revised' : 'proto.approved')}` : say(`decision.${out.decision}`);
  const footer = form.footer ?? [];
  if (footer[0]) lines.push({ cells: ['', `${t(footer[0])} ${conclusion}`], style: 'bold' });
  for (const x of footer.slice(1)) lines.push({ cells: ['', t(x)] });
  lines.push({ cells: [] });
  for (const sig of form.signatures ?? []) {
    const people = p.members.filter((m) => m.role === sig.party);
    for (const m of people.length ? people : [{ name: '' }]) {
      lines.push({ cells: ['', fillBlanks(t(sig.label), [m.name])] });
      if (sig.caption) lines.push({ cells: ['', t(sig.caption)], style: 'small' });
    }
  }
  return lines;
}

/** What the form does not have: the date, quorum, open vote and the decision of the meeting (000 §7–9), as the product's record. */
function meetingRecordLines(p: CommissionProtocol, say: Say): Line[] {
  const out = p.outcome;
  const decision = say(`decision.${out.decision}`) + (out.castingVote ? ` (${say('decision.casting')})` : '');
  return [
    { cells: ['', say('proto.record-title')], style: 'bold' },
    { cells: ['', say('proto.meeting', { date: dmy(p.date) })] },
    { cells: ['', say('proto.quorum', { members: out.members, present: out.present, required: out.required })] },
    { cells: ['', say('proto.open-vote', { for: out.for, against: out.against })] },
    { cells: ['', say('proto.secretary-note')] },
    { cells: ['', say('proto.record-decision', { decision })] },
  ];
}

/** The office as the protocols name it: its name, the evaluated year, the servants whose results a commission lists. */
export interface ProtocolOffice {
  organisation: string;
  year: number;
  servants: readonly string[];
}

export function protocolsTab(
  name: string,
  office: ProtocolOffice,
  sessions: readonly CalibrationProtocol[],
  meetings: readonly CommissionProtocol[],
  form: AppendixForm | undefined,
  sayIn: (lang: Lang) => Say,
): { plan: TabPlan; blocks: ProtocolBlock[] } {
  const lines: Line[] = [];
  const blocks: ProtocolBlock[] = [];
  const add = (id: string, block: Line[]) => {
    blocks.push({ id, firstRow: lines.length + 1, lastRow: lines.length + block.length });
    lines.push(...block, { cells: [] }, { cells: [] });
  };
  for (const s of sessions) for (const lang of PROTOCOL_LANGS) add(`case:${s.no}:${lang}`, calibrationLines(s, office, sayIn(lang), lang));
  if (form) {
    for (const m of meetings) {
      for (const lang of PROTOCOL_LANGS) {
        add(`meeting:${m.no}:${lang}`, commissionLines(m, office, form, sayIn(lang), lang));
        add(`record:${m.no}:${lang}`, meetingRecordLines(m, sayIn(lang)));
      }
    }
  }

  const g = emptyGrid(Math.max(lines.length, 1), WIDTH);
  lines.forEach((line, i) => {
    // A one-cell heading other than the title goes to the wide column B, not the 40 px № column
    // (wrapped there it made a 280 px row on an A4 form).
    const shift = line.cells.length === 1 && line.style !== 'title' ? 1 : 0;
    line.cells.forEach((v, j) => (g.values[i][j + shift] = v));
    const row: CellBox = { row: i + 1, col: 1, rows: 1, cols: WIDTH };
    if (line.style === 'small') fill(g.fontSizes, row, 8);
    else if (line.style) fill(g.fontWeights, row, 'bold');
    if (line.style === 'header') fill(g.backgrounds, row, COLORS.header);
    fill(g.wraps, row, true);
    // The title is not wrapped: it runs on over the empty cells of its row (no merge call).
    if (line.style === 'title') {
      g.fontSizes[i][0] = 12;
      g.wraps[i][0] = false;
    }
  });
  return { plan: plainPlan('protocols', name, g, { widths: [[1, 1, 40], [2, 1, 330], [3, 2, 150]] }), blocks };
}

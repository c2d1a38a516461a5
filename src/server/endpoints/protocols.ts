/**
 * The printable protocols (generation/protocolTab.ts), rebuilt from the Calibration tab
 * (editions 2023, 2026-params) or the Commission tab (edition 2017) whenever one is opened:
 * the tab holds no entered data. Answers the blocks of the asked session or meeting, in
 * Kazakh and Russian, each with the URL of its PDF.
 */
import * as z from 'zod/mini';
import { commissionDecision2017 } from '../../core/calibration/commission2017';
import { EDITIONS } from '../../core/editions';
import { nameKey } from '../../core/roster';
import { colLetter } from '../../generation/plan';
import { protocolsTab, type AppendixForm, type CalibrationProtocol, type CommissionProtocol } from '../../generation/protocolTab';
import { evaluationForms } from '../../templates/source';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { ownSheet, ownTabName, sayOf, textOf, writeOwnTab } from '../deadlineTabs';
import { readCases } from './calibration';
import { readMeetings } from './commission';

function openProtocol(office: Office, no: number) {
  const settings = office.requireSettings();
  const calibration = EDITIONS[settings.edition].review === 'calibration';
  const source = ownSheet(office, calibration ? 'calibration' : 'commission');
  const people = office.roster().people;
  const sessions: CalibrationProtocol[] = [];
  const meetings: CommissionProtocol[] = [];
  if (source && calibration) {
    for (const c of readCases(office, source).cases) {
      if (c.members.length) sessions.push({ ...c, position: people.find((x) => nameKey(x.name) === nameKey(c.person))?.position ?? '' });
    }
  } else if (source) {
    const annual = office.tabEntry('annual');
    for (const m of readMeetings(office, source).meetings) {
      const results = m.period <= 4
        ? { tab: office.tabName('points', m.period as 1 | 2 | 3 | 4), nameCol: 'A', resultCol: 'O' }
        : { tab: office.tabName('annual'), nameCol: 'A', resultCol: colLetter(annual ? annual.columnIds.indexOf('grade') + 1 : 12) };
      meetings.push({ ...m, outcome: commissionDecision2017(m.members, m.rule), results });
    }
  }
  const known = calibration ? sessions.some((s) => s.no === no) : meetings.some((m) => m.no === no);
  if (!known) {
    throw new UserError(textOf(office, calibration ? 'err.no-session' : 'err.no-meeting', { no }), {}, 'no');
  }
  const form = evaluationForms(office.services.templates)['2017-commission-protocol'] as unknown as AppendixForm;
  const existing = ownSheet(office, 'protocols');
  const about = { organisation: settings.organisation, year: settings.year, servants: people.map((p) => p.name) };
  const { plan, blocks } = protocolsTab(existing ? existing.getName() : ownTabName(office, 'protocols'), about, sessions, meetings, form, (l) => sayOf(office, l));
  const ss = office.spreadsheet();
  const sheet = writeOwnTab(office, plan, existing);
  const base = ss.getUrl().replace(/\/edit.*$/, '');
  const [kind, n] = [calibration ? 'case' : 'meeting', String(no)];
  const mine = blocks.filter((b) => b.id.split(':')[0] === kind && b.id.split(':')[1] === n);
  ss.setActiveSheet(sheet);
  sheet.getRange(`A${mine[0].firstRow}:D${mine[0].lastRow}`).activate();
  const pdf = (b: { firstRow: number; lastRow: number }) => {
    const range = `A${b.firstRow}:D${b.lastRow}`;
    return { range, pdfUrl: `${base}/export?format=pdf&gid=${sheet.getSheetId()}&range=${range}&size=A4&portrait=true&fitw=true&gridlines=false&printtitle=false&sheetnames=false&pagenum=UNDEFINED` };
  };
  return {
    tab: sheet.getName(),
    // The form of each language; a commission's meeting record (quorum, vote: not on the form) is its own range below it.
    blocks: mine.map((b) => {
      const lang = b.id.split(':')[2];
      const record = blocks.find((r) => r.id === `record:${n}:${lang}`);
      return { lang, ...pdf(b), ...(record ? { record: pdf(record) } : {}) };
    }),
  };
}

export const protocolEndpoints = {
  openProtocol: endpoint(z.object({ no: z.number().check(z.int(), z.gte(1)) }), (ctx: Context, p) => openProtocol(new Office(ctx), p.no)),
};

/**
 * Text stays text (issue "Bad input", item 4) in the tabs that requests write row by row, and dates
 * out of order are refused (item 6): calibration members, a commission's members and revisions.
 */
import { sampleOffice } from '../support/office';

const OMAROV = 'Омаров Ерлан Маратұлы';
const EVIL = '=IMPORTXML("http://x","//a")';

function office(edition: string) {
  return sampleOffice({ organisation: 'Аппарат', edition, now: new Date(2026, 3, 20) });
}

function formulasOf(o: ReturnType<typeof office>): string[] {
  return o.spreadsheet.sheets.flatMap((s) => s.getDataRange().getFormulas().flat().filter(Boolean));
}

test('a calibration request dated before the results were received is refused, naming the field (001 §12), and nothing is written', () => {
  const o = office('2026-params');
  const before = o.spreadsheet.sheets.length;
  const e = o.fail('recordDisagreement', { person: OMAROV, period: 1, received: '2026-04-10', request: '2026-04-02' });
  expect(e.field).toBe('request');
  expect(e.message).toBe('Калибрлеуге өтініш күні (02.04.2026) нәтижелерді алған күннен (10.04.2026) бұрын болмайды: күндерді тексеріңіз (001 §12)');
  expect(o.spreadsheet.sheets.length).toBe(before);
});

test('calibration session members named like formulas are written as text', () => {
  const o = office('2026-params');
  o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-04-10', request: '2026-04-13' });
  // Five members (003 §19: odd, at least 3, an HR officer), three named like formulas.
  const members = ['Серіков Бауыржан Ержанұлы', EVIL, '+7 701', '-Тест', '@Адам'].map((name, i) => ({ name, hr: i === 4, score: i < 3 ? 4 : 3 }));
  const r = o.request('recordSession', { person: OMAROV, period: 1, session: '2026-04-20', members });
  expect(r).toMatchObject({ ok: true });
  expect(formulasOf(o).filter((f) => /IMPORTXML|^\+7|^-Тест|^@/.test(f))).toEqual([]);
  const texts = o.spreadsheet.sheets.flatMap((s) => s.getDataRange().getValues().flat());
  expect(texts).toContain(EVIL);
});

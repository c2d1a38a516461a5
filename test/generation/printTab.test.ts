/**
 * The printed official evaluation sheets are the forms of the law word for word (issue 10, item 1):
 * 004 appendices 1 and 4 (edition 2023, kk), 003 appendices 1 and 2 (edition 2026-params, ru),
 * 000 appendix 2 (edition 2017, kk). Expected texts are quoted from the seeds or read from them.
 */
import type { Text } from '../../src/core/text';
import { printTab, type PrintForm } from '../../src/generation/printTab';
import { evaluationForms } from '../../src/templates/source';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import { genContext, person } from '../support/genContext';
import { seed, squash } from '../support/seeds';

const forms = evaluationForms(nodeTemplates) as unknown as Record<string, PrintForm & { notes?: unknown[]; translated?: string[] }>;

/** Every text of a form in the given language, in the order printed. */
function formTexts(form: PrintForm, lang: 'kk' | 'ru' | 'en'): string[] {
  const out: string[] = [];
  for (const line of form.sheet ?? []) {
    if ('text' in line) out.push(line.text[lang]);
    if ('row' in line) for (const c of line.row) if (c.text) out.push(c.text[lang]);
  }
  for (const x of [...(form.columns ?? []), ...(form.columnGroups ?? []), ...(form.rows ?? []), ...(form.totalRows ?? [])]) out.push(x.label[lang]);
  for (const r of form.rows ?? []) if (r.hint) out.push(r.hint[lang]);
  for (const o of form.resultOptions ?? []) out.push(o[lang]);
  const more = form as PrintForm & { fields?: { label: Text }[]; intro?: Text[]; footer?: Text[]; signatures?: { label: Text; caption?: Text }[]; appendix?: Text; formWord?: Text };
  for (const f of [...(more.fields ?? []), ...(more.signatures ?? [])]) out.push(f.label[lang]);
  for (const s of more.signatures ?? []) if (s.caption) out.push(s.caption[lang]);
  for (const t of [more.appendix, more.formWord]) if (t) out.push(t[lang]);
  for (const t of [...(more.intro ?? []), ...(more.footer ?? [])]) out.push(t[lang]);
  return out;
}

/** The printed texts of the tab, one string per row (cells joined by " | "). */
const printed = (values: unknown[][], from = 0, to = values.length) => values.slice(from, to).map((r) => r.filter((v) => v !== '').map(String).join(' | '));

describe('the forms are the law word for word, in the language they were issued in', () => {
  test.each([
    ['2023-differentiation', '004', 'kk'],
    ['2023-kpi-plan', '004', 'kk'],
    ['2026-params-heads', '003', 'ru'],
    ['2026-params-staff', '003', 'ru'],
    ['2017-quarterly-sheet', '000', 'kk'],
    ['2017-work-plan', '000', 'kk'],
    ['2017-annual-sheet', '000', 'kk'],
    ['2017-commission-protocol', '000', 'kk'],
  ] as const)('%s: every text occurs in %s as printed (%s)', (key, doc, lang) => {
    const form = forms[key];
    expect(form.issued).toBe(lang);
    expect(form.translated).not.toContain(lang);
    const law = seed(doc);
    const missing = formTexts(form, lang).filter((t) => !law.includes(squash(t)));
    expect(missing).toEqual([]);
  });

  test('the slips of the seeds are kept and noted (003 appendix 2 «--отсутствие», 003 §7 «не удовлетворительно», 000 appendix 2 «колы», 004 appendix 1 Latin «p/c»)', () => {
    const ru = formTexts(forms['2026-params-staff'], 'ru').join('\n');
    expect(ru).toContain('Учитывается: --отсутствие опозданий;');
    expect(ru).toContain('выполняет функциональные обязанности не удовлетворительно');
    expect(ru).toContain('в виде замечания, выговора, строго выговора');
    expect(formTexts(forms['2017-quarterly-sheet'], 'kk')).toContain('колы _____');
    expect(formTexts(forms['2023-kpi-plan'], 'kk')).toContain('p/c №');
    for (const key of ['2023-differentiation', '2023-kpi-plan', '2026-params-heads', '2026-params-staff', '2017-quarterly-sheet', '2017-annual-sheet', '2017-commission-protocol']) {
      expect(forms[key].notes?.length).toBeGreaterThan(0);
    }
  });
});

describe('003 appendix 2 printed in Russian (edition 2026-params)', () => {
  const people = [person('Иванова А.', { manager: 'Петров П.' }), person('Петров П.', { position: 'руководитель отдела', head: true }), person('Новый', { appointed: '2026-03-20' })];
  const { plan, blocks } = printTab(genContext('2026-params', people, 'ru'), 1, forms);
  const block = blocks.find((b) => b.name === 'Иванова А.')!;
  const rows = printed(plan.values, block.firstRow - 1, block.lastRow);

  test('one block per evaluated person; nobody appointed less than a month before the end of the quarter (003 §5)', () => {
    expect(blocks.map((b) => b.name)).toEqual(['Иванова А.', 'Петров П.']);
  });

  test('every part of the form, in order: caption, title, three captioned blanks, introduction, table, note, 0* footnote, result, one e-signature line', () => {
    const at = (s: string) => rows.findIndex((r) => r.includes(s));
    const order = [
      'Приложение 2 к Методике оценки деятельности административных государственных служащих корпуса "Б"',
      'Оценочный лист лица, занимающего не руководящую должность',
      '(Ф.И.О., должность оцениваемого лица с указанием государственного органа)',
      '(оцениваемый период)',
      '(Ф.И.О., должность оценивающего служащего с указанием государственного органа)',
      'предлагаем Вам оценить своих коллег по 5-балльной шкале.',
      'Параметры | Оценка (от 0* до 5 баллов) | Комментарий (по желанию) | Пояснение при заполнении',
      '1. Качество выполнения функциональных обязанностей',
      '5. Отсутствие дисциплинарных взысканий',
      'Средняя итоговая оценка',
      'Примечание: для расчета средней итоговой оценки необходимо сумму выставленных оценок разделить на количество оцениваемых параметров.',
      '* оценка 0 баллов выставляется в случае полного неисполнения служащим параметра оценки',
      'Результат оценки:',
      'Результат оценки служащему выставляется исходя из средней итоговой оценки.',
      'Подпись____________________________',
      '(удостоверенная с помощью электронной цифровой подписи)',
      'Дата________________________________',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('blanks filled from the roster: the person, position and body; the period; the evaluator with their position', () => {
    expect(rows).toContain('Иванова А., бас маман, Аппарат');
    expect(rows).toContain('1 квартал 2026 года');
    expect(rows).toContain('Петров П., руководитель отдела, Аппарат');
  });

  test('criteria «Учитывается: …» as printed in 003 appendix 2, beside each parameter', () => {
    const row = rows.find((r) => r.startsWith('4. Соблюдение трудовой дисциплины'))!;
    expect(row).toContain('Учитывается: --отсутствие опозданий; -отсутствие преждевременного выхода с работы без уважительной причины;');
    expect(row).toContain(`=IFERROR(INDEX('1 кв. 2026'!$G$4:$G$2000,MATCH("Иванова А.",'1 кв. 2026'!$A$4:$A$2000,0)),"")`);
  });

  test('no signature line the form does not have (no «Ознакомлен», no evaluator signature line)', () => {
    expect(rows.filter((r) => /Подпись|Ознакомлен|Оценивающее лицо/.test(r))).toEqual(['Подпись____________________________']);
  });

  test('the result in 003 §7 / the form\'s own wording: «не удовлетворительно», two words', () => {
    const result = rows.find((r) => r.startsWith('=') && r.includes('Результат оценки: '))!;
    expect(result).toContain('"выполняет функциональные обязанности не удовлетворительно"');
    // The register's grade (GRADE's spelling) is matched and replaced by the form's wording.
    expect(result).toContain('"Выполняет функциональные обязанности неудовлетворительно","выполняет функциональные обязанности не удовлетворительно"');
  });

  test('the heads\' form is appendix 1 (003 §16): «Лидерство и навыки принятия решений»', () => {
    const head = blocks.find((b) => b.name === 'Петров П.')!;
    const text = printed(plan.values, head.firstRow - 1, head.lastRow).join('\n');
    expect(text).toContain('Оценочный лист лица, занимающего руководящую должность');
    expect(text).toContain('3. Лидерство и навыки принятия решений');
    expect(text).toContain('* оценка 0 баллов выставляется в случае полного неисполнения служащим параметра оценки.');
  });

  test('printed in Kazakh, the ru-only form is marked as the product\'s translation', () => {
    const kk = printTab(genContext('2026-params', people, 'kk'), 1, forms).plan.values;
    expect(String(kk[0][1])).toBe('Өнімнің аудармасы: ресми нысан орыс тілінде шығарылған (003, 2-қосымша)');
    expect(printed(plan.values)[0]).not.toMatch(/перевод/i);
  });
});

describe('004 appendix 4 printed in Kazakh (edition 2023, staff)', () => {
  const people = [person('Маман А.', { manager: 'Басшы Б.' }), person('Басшы Б.', { head: true })];
  const { plan, blocks } = printTab(genContext('2023', people, 'kk'), 2, forms);
  const b = blocks.find((x) => x.name === 'Маман А.')!;
  const rows = printed(plan.values, b.firstRow - 1, b.lastRow);

  test('the score column as printed: «Бағалау (1-ден 5 баллға дейін)»', () => {
    expect(rows).toContain('Параметрлер | Өлшемшарттар | Бағалау (1-ден 5 баллға дейін) | Түсініктемелер');
  });

  test('parameters with their criteria, numbered and marked as printed («1. …сапасы*», «3. Дербестік және бастамашылық.»)', () => {
    expect(rows.some((r) => r.startsWith('1. Функционалдық міндеттерді орындау сапасы* | Негізделген ескертулердің, қайтарулардың, шағымдардың болмауы | ='))).toBe(true);
    expect(rows.some((r) => r.startsWith('3. Дербестік және бастамашылық. | Қызметшінің дербестіктің жоғары үлесімен'))).toBe(true);
  });

  test('the justification line, and no signature block (the form has none)', () => {
    expect(rows[rows.length - 1]).toBe('Қойылған бағаға негіздеме _____');
    expect(rows.filter((r) => /Қолы|Күні|Танысты|қолы/.test(r))).toEqual([]);
  });

  test('the names filled in: «Бағаланатын қызметшінің Т.А.Ә. (ол болған жағдайда)» and the evaluator', () => {
    expect(rows).toContain('Бағаланатын қызметшінің Т.А.Ә. (ол болған жағдайда) Маман А.');
    expect(rows).toContain('Бағалайтын қызметшінің (құрылымдық бөлімше/мемлекеттік орган басшысының) Т.А.Ә. (ол болған жағдайда) Басшы Б.');
  });

  test('the result in the form\'s wording «…түрде атқарады», not 001 §7\'s «…орындайды»', () => {
    const result = rows.find((r) => r.includes('Бағалау нәтижесі: '))!;
    expect(result).toContain(`SWITCH(IFERROR(INDEX('2-тоқсан 2026'!$I$4:$I$2000,MATCH("Маман А.",'2-тоқсан 2026'!$A$4:$A$2000,0)),""),"Функционалдық міндеттерді тиімді орындайды","функционалдық міндеттерін тиімді атқарады",`);
    for (const w of ['функционалдық міндеттерін тиімді атқарады', 'функционалдық міндеттерін тиісті түрде атқарады', 'функционалдық міндеттерін қанағаттанарлық түрде атқарады', 'функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады']) {
      expect(result).toContain(`"${w}"`);
    }
  });
});

describe('004 appendix 1 printed for a head (edition 2023): the individual work plan, Q1..Q4', () => {
  const people = [person('Басшы Б.', { head: true, manager: 'Әкім Ә.' })];
  const { plan, blocks } = printTab(genContext('2023', people, 'kk'), 3, forms);
  const rows = printed(plan.values, blocks[0].firstRow - 1, blocks[0].lastRow);

  test('no title, «Нысан», «"Бекітемін"», «Жоғары тұрған басшы» as printed', () => {
    expect(rows.slice(0, 4)).toEqual([
      '"Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалаудың әдістемесіне 1-қосымша',
      'Нысан',
      '"Бекітемін"',
      'Жоғары тұрған басшы',
    ]);
  });

  test('per KPI: name and unit from the quarter\'s KPI tab; planned, actual, percentage and score of each quarter from that quarter\'s tab', () => {
    expect(rows).toContain('p/c № | Нысаналы мақсатты индикатордың атауы (бұдан әрі-НМИ) | Өлшем бірлігі');
    expect(rows).toContain('1-тоқсан | 2-тоқсан | 3-тоқсан | 4-тоқсан');
    const plan4 = rows.filter((r) => r.startsWith('Жоспарлы мәні'));
    expect(plan4).toHaveLength(5);
    const cells = plan4[1].split(' | ');
    expect(cells.slice(1)).toEqual([1, 2, 3, 4].map((q) => `=IFERROR(INDEX('НМИ ${q}-тоқсан 2026'!$F$4:$F$2000,MATCH("Басшы Б.",'НМИ ${q}-тоқсан 2026'!$A$4:$A$2000,0)+1),"")`));
    for (const label of ['Нақты мәні', 'Нысаналы мақсатты индикатордың пайыздық іске асуы', 'Бағалау']) expect(rows.filter((r) => r.startsWith(label + ' |'))).toHaveLength(5);
  });

  test('the final score of the quarter (004 §27: sum of KPI scores / number of KPIs), the result in the form\'s wording, the two-party signature block', () => {
    expect(rows.find((r) => r.startsWith('="Қорытынды бағалау "'))).toContain(`INDEX('НМИ 3-тоқсан 2026'!$M$4:$M$2000,MATCH("Басшы Б.",'НМИ 3-тоқсан 2026'!$L$4:$L$2000,0))`);
    expect(rows).toContain('НМИ санына бөлінген НМИ бойынша бағалау сомасы');
    expect(rows.find((r) => r.startsWith('="Бағалау нәтижесі: "'))).toContain('"функционалдық міндеттерін тиісті түрде атқарады"');
    expect(rows.slice(-5)).toEqual([
      'Бағаланатын адам | Бағалайтын адам',
      'Басшы Б. | Әкім Ә.',
      'тегі, аты, әкесінің аты (ол болған жағдайда) | тегі, аты, әкесінің аты (ол болған жағдайда)',
      'Күні _____ | Күні _____',
      'Қолы _____ | Қолы _____',
    ]);
  });

  test('printed in Russian, the kk form is marked as the product\'s translation', () => {
    const ru = printTab(genContext('2023', people, 'ru'), 3, forms).plan.values;
    expect(String(ru[0][1])).toBe('Перевод продукта: официальная форма издана на казахском языке (004, приложение 1)');
  });
});

describe('000 appendix 2 printed in Kazakh (edition 2017)', () => {
  const people = [person('Қызметші Қ.', { manager: 'Басшы Б.', appointed: '2020-01-01' })];
  const { plan, blocks } = printTab(genContext('2017', people, 'kk'), 1, forms);
  const rows = printed(plan.values, blocks[0].firstRow - 1, blocks[0].lastRow);

  test('the period, the person\'s name, position and unit in the blanks of the form', () => {
    expect(rows).toContain('1 тоқсан 2026 жыл');
    expect(rows).toContain('Бағаланатын қызметшінің (тегі, аты, әкесінің аты (болған жағдайда): Қызметші Қ.');
    expect(rows).toContain('Бағаланатын қызметшінің лауазымы: бас маман');
    expect(rows).toContain('Бағаланатын қызметшінің құрылымдық бөлімшесінің атауы: Қаржы');
  });

  test('the self-assessment and the manager\'s evaluation with the form\'s headings; the points and grade of 000 §27 from the points tab', () => {
    expect(rows).toContain('№ р/ п | Қызметшінің өзін-өзі бағалауы');
    expect(rows).toContain('№ р/ п | Тікелей басшының бағалауы');
    expect(rows).toContain('Өзін-өзі бағалау нәтижесі:');
    const result = rows.find((r) => r.startsWith('Бағалау нәтижесі: | ='))!;
    expect(result).toContain(`'Балдар 1-тоқсан 2026'!$N$4:$N$2000`);
    expect(result).toContain(`'Балдар 1-тоқсан 2026'!$O$4:$O$2000`);
  });

  test('the signature block of the form: servant and direct manager, «күні», «колы» as printed', () => {
    expect(rows.slice(-5)).toEqual(['Қызметші | Тікелей басшы', 'Қызметші Қ. | Басшы Б.', '(тегі, аты - жөні) | (тегі, аты - жөні)', 'күні _____ | күні _____', 'колы _____ | колы _____']);
  });
});

describe('every printed form fits the A4 export of columns A..F (openPrintForm)', () => {
  test.each([['2023', 'kk'], ['2023', 'ru'], ['2026-params', 'en'], ['2017', 'ru']] as const)('%s in %s', (edition, lang) => {
    const people = [person('Басшы Б.', { head: true }), person('Маман М.', { manager: 'Басшы Б.' })];
    const { plan, blocks } = printTab(genContext(edition, people, lang), 4, forms);
    expect(blocks).toHaveLength(2);
    expect(plan.values.every((r) => r.length === 6)).toBe(true);
    expect(plan.widths.map((w) => w[0])).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('000 appendix 3, the annual sheet of edition 2017 (period "year")', () => {
  test.each(['kk', 'ru', 'en'] as const)('fits the A4 export of columns A..F, one block per person evaluated in the year (000 §3: three months in the position), in %s', (lang) => {
    const people = [person('Басшы Б.', { head: true }), person('Маман М.', { manager: 'Басшы Б.' }), person('Жаңа Ж.', { appointed: '2026-10-15' })];
    const { plan, blocks } = printTab(genContext('2017', people, lang), 'year', forms);
    expect(blocks.map((b) => b.name)).toEqual(['Басшы Б.', 'Маман М.']);
    expect(plan.values.every((r) => r.length === 6)).toBe(true);
    expect(plan.quarter).toBeUndefined();
    // The form's six columns, the remarks column included, within an A4 portrait page (about 700 px at fitw).
    expect(plan.widths.map((w) => w[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.widths.every((w) => w[2] >= 30)).toBe(true);
    expect(plan.widths.reduce((s, w) => s + w[2], 0)).toBeLessThanOrEqual(700);
  });

  test('edition 2023 has no annual sheet: printing the year is refused', () => {
    expect(() => printTab(genContext('2023', [person('Маман М.')]), 'year', forms)).toThrow('no annual evaluation sheet');
  });
});

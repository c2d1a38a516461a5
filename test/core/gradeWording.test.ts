/**
 * The wording of the four results in each legal text (methodology §2): an edition's documents use
 * its own wording, slips included. Expected values are read from the seeds' paragraphs.
 */
import { GRADE_WORDING } from '../../src/core/grades';
import { paragraph, seed } from '../support/seeds';

describe('each text\'s own wording of the results', () => {
  test('001 §7: the four results as listed in the paragraph', () => {
    const p7 = paragraph('001', 7);
    for (const label of GRADE_WORDING['001 §7'].labels) expect(p7).toContain(`"${label}"`);
  });

  test('003 §7: the last result is printed «не удовлетворительно», two words', () => {
    const p7 = paragraph('003', 7);
    expect(p7).toContain('"Выполняет функциональные обязанности не удовлетворительно" (неудовлетворительная оценка)');
    for (const label of GRADE_WORDING['003 §7'].labels) expect(p7).toContain(`"${label}"`);
    expect(GRADE_WORDING['003 §7'].labels[3]).toBe('Выполняет функциональные обязанности не удовлетворительно');
  });

  test('004 appendices 1 and 4: «функционалдық міндеттерін … атқарады», in the result line of both forms', () => {
    const options = `(${GRADE_WORDING['004 forms'].labels.join(', ')})`;
    const text = seed('004');
    expect(text).toContain(`Бағалау нәтижесі: _____ ${options}`); // appendix 1: on the next line
    expect(text).toContain(`Бағалау нәтижесі: _____ ${options}.`); // appendix 4
    expect(GRADE_WORDING['004 forms'].labels[1]).toBe('функционалдық міндеттерін тиісті түрде атқарады');
  });

  test('002 §50 (transitional chapter 6): its own wording, «міндеттерін» in the last two', () => {
    const p50 = paragraph('002', 50);
    for (const label of GRADE_WORDING['002 §50'].labels) expect(p50).toContain(`"${label}"`);
    expect(p50).toContain('"Функционалдық міндеттерін қанағаттанарлықсыз орындайды"');
  });
});

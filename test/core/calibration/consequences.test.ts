import { say } from '../../support/catalog';
import { consequences } from '../../../src/core/calibration/consequences';
import type { GradeId } from '../../../src/core/grades';

describe('bonus eligibility by edition', () => {
  test.each<['2017' | '2023' | '2026-params', GradeId, boolean, string]>([
    ['2017', 'excellent', true, '000 §42–43'],
    ['2017', 'effective', true, '000 §42–43'],
    ['2017', 'satisfactory', false, '000 §42–43'],
    ['2017', 'unsatisfactory', false, '000 §42–43'],
    ['2023', 'effective', true, '001 §8'],
    ['2023', 'proper', true, '001 §8'],
    ['2023', 'satisfactory', false, '001 §8'],
    ['2026-params', 'unsatisfactory', false, '001 §8'],
  ])('edition %s, grade %s → bonus %p (%s)', (edition, grade, eligible, source) => {
    const c = consequences({ edition, grade });
    expect(c.bonusEligible).toBe(eligible);
    expect(c.notes[0]).toMatchObject({ id: eligible ? 'bonus' : 'no-bonus', source });
  });

  test('the office can replace the 2023 bonus grades', () => {
    expect(consequences({ edition: '2023', grade: 'proper', bonusGrades: ['effective'] }).bonusEligible).toBe(false);
  });

  test('a grade of another edition is refused', () => {
    expect(() => consequences({ edition: '2017', grade: 'proper' })).toThrow('"proper" is not a grade of edition 2017');
    expect(() => consequences({ edition: '2023', grade: 'excellent' })).toThrow('"excellent" is not a grade of edition 2023');
  });

  test('messages quote the grade as printed (001 §7, 000 §27)', () => {
    expect(say(consequences({ edition: '2023', grade: 'effective' }).notes[0]).kk).toBe('«Функционалдық міндеттерді тиімді орындайды» бағасы бонус төлеуге негіз болады');
    expect(say(consequences({ edition: '2017', grade: 'excellent' }).notes[0]).ru).toBe('Оценка «превосходно» даёт основание для выплаты бонуса');
  });
});

describe('training within three months for unsatisfactory (000 §44)', () => {
  test.each<['2017' | '2023' | '2026-params', string | undefined, string | undefined]>([
    ['2017', '2026-12-25', '2027-03-25'],
    ['2023', '2026-11-30', '2027-02-28'],
    ['2026-params', undefined, undefined],
  ])('edition %s approved %p → training by %p', (edition, approved, due) => {
    const c = consequences({ edition, grade: 'unsatisfactory', resultsApproved: approved });
    expect(c.trainingRequired).toBe(true);
    expect(c.trainingDueBy).toBe(due);
    const note = c.notes.find((n) => n.id === 'training')!;
    if (due) expect(say(note).en).toContain(`by ${due}`);
  });

  test('not for a satisfactory grade', () => {
    const c = consequences({ edition: '2017', grade: 'satisfactory', resultsApproved: '2026-12-25' });
    expect([c.trainingRequired, c.trainingDueBy, c.mentoringBarred]).toEqual([false, undefined, false]);
  });

  test('2017: an unsatisfactory servant may not mentor newcomers (000 §45)', () => {
    expect(consequences({ edition: '2017', grade: 'unsatisfactory' }).mentoringBarred).toBe(true);
    expect(consequences({ edition: '2023', grade: 'unsatisfactory' }).mentoringBarred).toBe(false);
  });
});

describe('two unsatisfactory years in a row: demotion (000 §46) / warning', () => {
  test.each<['2017' | '2023' | '2026-params', GradeId, GradeId | null | undefined, string | null]>([
    ['2017', 'unsatisfactory', 'unsatisfactory', 'demotion'],
    ['2017', 'unsatisfactory', 'satisfactory', null],
    ['2017', 'satisfactory', 'unsatisfactory', null],
    ['2023', 'unsatisfactory', 'unsatisfactory', 'warning'],
    ['2026-params', 'unsatisfactory', 'unsatisfactory', 'warning'],
    ['2023', 'unsatisfactory', null, null],
    ['2023', 'unsatisfactory', undefined, null],
    ['2023', 'unsatisfactory', 'proper', null],
  ])('edition %s: this year %s, last year %p → %p', (edition, grade, previousYearGrade, measure) => {
    const c = consequences({ edition, grade, previousYearGrade });
    expect(c.twoUnsatisfactoryYears).toBe(measure);
    expect(c.notes.some((n) => n.id === measure)).toBe(measure !== null);
  });

  test('the 2017 demotion note cites 000 §46 and mentions dismissal without a lower vacancy', () => {
    const note = consequences({ edition: '2017', grade: 'unsatisfactory', previousYearGrade: 'unsatisfactory' }).notes.find((n) => n.id === 'demotion')!;
    expect(note.source).toBe('000 §46');
    expect(say(note).ru).toContain('увольнение');
  });
});

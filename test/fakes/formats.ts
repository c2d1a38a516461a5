/** The formatting a fake sheet keeps per cell, with Apps Script's defaults for an untouched cell. */
export interface BorderSpec {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

export interface CellFormat {
  numberFormat: string;
  fontWeight: 'normal' | 'bold';
  fontStyle: 'normal' | 'italic';
  fontLine: 'none' | 'underline' | 'line-through';
  fontColor: string;
  fontSize: number;
  fontFamily: string;
  background: string;
  wrap: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  border: BorderSpec | null;
}

/** Apps Script's answers for a cell never formatted ("0.###############" is what getNumberFormat returns for Automatic). */
export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  numberFormat: '0.###############',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  border: null,
});

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

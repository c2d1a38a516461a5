/** Every built-in function of the fake engine, by upper-case name. */
import { ARRAYS } from './arrays';
import { DATES } from './dates';
import { INFO } from './info';
import { LOGICAL } from './logical';
import { LOOKUP } from './lookup';
import { MATH } from './math';
import type { FunctionTable } from './spec';
import { STATS } from './stats';
import { TEXT } from './text';

export const BUILTINS: FunctionTable = { ...LOGICAL, ...MATH, ...STATS, ...LOOKUP, ...ARRAYS, ...TEXT, ...INFO, ...DATES };

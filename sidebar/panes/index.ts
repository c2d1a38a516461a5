/** The sidebar's panes, in the order of the navigation (one line each). */
import type { Pane } from '../pane';
import { homePane } from './home';
import { setupPane } from './setup';
import { generatePane } from './generate';
import { printPane } from './print';
import { deadlinesPane } from './deadlines';
import { calibrationPane } from './calibration';
import { commissionPane } from './commission';
import { feedback360Pane } from './feedback360';
import { accessPane } from './access';

export const PANES: Pane[] = [homePane, setupPane, generatePane, printPane, deadlinesPane, calibrationPane, commissionPane, feedback360Pane, accessPane];

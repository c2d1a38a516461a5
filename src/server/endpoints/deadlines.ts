/** Every endpoint of issue 5 (deadlines, calibration, commission, consequences), registered in ../endpoints.ts as one. */
import { calendarEndpoints } from './calendar';
import { calibrationEndpoints } from './calibration';
import { commissionEndpoints } from './commission';
import { previousYearEndpoints } from './previousYear';
import { protocolEndpoints } from './protocols';

export const deadlineEndpoints = { ...calendarEndpoints, ...calibrationEndpoints, ...commissionEndpoints, ...protocolEndpoints, ...previousYearEndpoints };

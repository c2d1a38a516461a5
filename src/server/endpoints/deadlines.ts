/** Every endpoint of issues 5 and 10 (deadlines, calibration, commission, consequences, familiarisation), registered in ../endpoints.ts as one. */
import { calendarEndpoints } from './calendar';
import { calibrationEndpoints } from './calibration';
import { commissionEndpoints } from './commission';
import { familiarisationEndpoints } from './familiarisation';
import { previousYearEndpoints } from './previousYear';
import { protocolEndpoints } from './protocols';

export const deadlineEndpoints = { ...calendarEndpoints, ...calibrationEndpoints, ...commissionEndpoints, ...protocolEndpoints, ...previousYearEndpoints, ...familiarisationEndpoints };

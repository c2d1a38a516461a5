/** The template data for Node (tests, preview, bench): the JSON files, imported directly. */
import tabs from './data/tabs.json';
import questionnaire360 from './data/questionnaire360.json';
import resultForms360 from './data/resultForms360.json';
import evaluationForms from './data/evaluationForms.json';
import bonusCatalogue2017 from './data/bonusCatalogue2017.json';
import sanctions from './data/sanctions.json';
import sampleStaff from './data/sampleStaff.json';
import calibration from './data/calibration.json';
import feedback360 from './data/feedback360.json';
import type { TemplateName, TemplateSource } from './source';

const DATA: Record<TemplateName, unknown> = { tabs, questionnaire360, resultForms360, evaluationForms, bonusCatalogue2017, sanctions, calibration, sampleStaff, feedback360 };

export const nodeTemplates: TemplateSource = (name) => DATA[name];

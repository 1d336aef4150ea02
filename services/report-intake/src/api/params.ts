import { applyDecorators } from '@nestjs/common';
import { FIRST_REPORT_YEAR, LAST_YEAR } from '@salw/decider';
import { ApiParam } from '@nestjs/swagger';
import { catalogue } from '@salw/kpi-catalogue';
import { portablePattern } from '@salw/platform';
import { PERIOD } from '../domain/narrative-report/narrative-report';

/** The path parameters of the report routes as the domain checks them (so the document says it too). */
export const JURISDICTION_PARAM = ApiParam({ name: 'jurisdiction', enum: catalogue.jurisdictions.map((j) => j.code) });
export const YEAR_PARAM = ApiParam({
  name: 'year',
  schema: { type: 'integer', minimum: FIRST_REPORT_YEAR, maximum: LAST_YEAR },
});
export const PERIOD_PARAM = ApiParam({ name: 'period', schema: { type: 'string', pattern: portablePattern(PERIOD) } });
export const KPI_REPORT_PARAMS = applyDecorators(JURISDICTION_PARAM, YEAR_PARAM);
export const NARRATIVE_REPORT_PARAMS = applyDecorators(JURISDICTION_PARAM, PERIOD_PARAM);

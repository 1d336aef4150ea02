import { ApiParam } from '@nestjs/swagger';
import { catalogue } from '@salw/kpi-catalogue';
import { ApiRoundNumberParam } from '@salw/platform';

/** The path parameters as the routes check them (so the OpenAPI document says it too). */
export const JURISDICTION_PARAM = ApiParam({ name: 'jurisdiction', enum: catalogue.jurisdictions.map((j) => j.code) });
export const MEASURE_PARAM = ApiParam({ name: 'measure', enum: catalogue.measures.map((m) => m.code) });
/** With RoundNumberPipe: 1..200 (a round within them that does not exist is a 404). */
export const ROUND_PARAM = ApiRoundNumberParam('round');

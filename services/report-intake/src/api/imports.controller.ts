import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { InvalidInput, NotAllowed } from '@salw/decider';
import { AuthenticatedActor, CurrentActor, idempotent, IdempotentRoute, Roles } from '@salw/platform';
import { IMPORT_ROW_SCHEMA, rowsFromCsv, rowsFromJson } from '../imports/import-rows';
import { IMPORT_STRATEGIES, ImportService, ImportStrategy } from '../imports/import.service';
import { SERVICE_SETTINGS, ServiceSettings } from '../settings';
import { notFoundUnless } from './report-streams';

/** Documentation only: the body is read by rowsFromJson (a body off this schema is refused whole; each row off the catalogue is rejected with its line). */
class ImportJsonDto {
  @ApiProperty({
    type: 'array',
    items: IMPORT_ROW_SCHEMA,
    example: [
      {
        jurisdiction: 'pristina',
        year: 2019,
        measure: 'kpi3_reported_cases',
        dimensions: { offence_category: 'trafficking' },
        value: { kind: 'number', amount: '61' },
      },
      {
        jurisdiction: 'pristina',
        year: 2018,
        measure: 'kpi3_solved_with_conviction',
        dimensions: { offence_category: 'trafficking' },
        value: { kind: 'no_data', reason: 'No data' },
      },
    ],
  })
  values: unknown[];
}

const CSV_HEADER = 'jurisdiction,year,measure,dimensions,value,no_data_reason';
const CSV_EXAMPLE = [
  CSV_HEADER,
  'pristina,2024,kpi3_reported_cases,offence_category=illegal_possession,1434,',
  'pristina,2024,kpi3_reported_cases,offence_category=trafficking,19,',
  'pristina,2018,kpi3_solved_with_conviction,offence_category=trafficking,,No data',
].join('\n');

@ApiTags('Imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportService,
    @Inject(SERVICE_SETTINGS) private readonly settings: ServiceSettings,
  ) {}

  @Post('kpi-values')
  @Roles('ministry', 'seesac')
  @ApiOperation({
    summary: 'Bulk import of KPI values (historical 2018–2024) as JSON or CSV',
    description:
      'Each report (jurisdiction + year) is compared with its current revision; the changes are saved and submitted in one commit ' +
      '(an accepted report is amended as revision n+1). A SEESAC import accepts them too; a ministry import leaves them submitted for review. ' +
      'A JSON body that does not keep its schema is refused whole (400, every problem with its path); a row that keeps it but ' +
      'breaks the catalogue or names a report under review is rejected with its line, and the other rows are imported. dryRun=true computes the same summary without writing. ' +
      `More rows than the job threshold: 202 with a job to poll at GET /imports/jobs/{id}. CSV example:\n\n${CSV_EXAMPLE}`,
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(ImportJsonDto) } },
        // The header row is required; a bad data row is rejected with its line, not the whole file.
        'text/csv': { schema: { type: 'string', pattern: `^${CSV_HEADER}(\\r?\\n|$)`, example: CSV_EXAMPLE } },
      },
    },
  })
  @IdempotentRoute('import')
  @ApiResponse({
    status: 200,
    description: 'The summary: imported, updated, unchanged, rejected rows (each with its line)',
  })
  @ApiResponse({ status: 202, description: 'More rows than the job threshold: the job to poll (Location header)' })
  @ApiExtraModels(ImportJsonDto)
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'strategy', required: false, enum: IMPORT_STRATEGIES })
  importValues(
    @Body() body: unknown,
    @Query('dryRun') dryRunParam: string | undefined,
    @Query('strategy') strategyParam: string | undefined,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    const problems = [];
    const strategy = (strategyParam ?? 'CREATE_AND_UPDATE') as ImportStrategy;
    if (!IMPORT_STRATEGIES.includes(strategy))
      problems.push({ path: 'query.strategy', message: `must be one of ${IMPORT_STRATEGIES.join(', ')}` });
    if (dryRunParam !== undefined && !['true', 'false'].includes(dryRunParam))
      problems.push({ path: 'query.dryRun', message: 'must be true or false' });
    const read = typeof body === 'string' ? rowsFromCsv(body) : rowsFromJson(body);
    if ('problems' in read) problems.push(...read.problems);
    if (problems.length > 0 || !('rows' in read)) throw new InvalidInput(problems);
    const { rows } = read;
    const dryRun = dryRunParam === 'true';
    const request = { dryRun, strategy, body };

    return idempotent(request, async (commitId) => {
      const options = { actor, strategy, dryRun, commitId };
      if (rows.length > this.settings.IMPORT_JOB_THRESHOLD) {
        const job = await this.imports.startJob(rows, options);
        return {
          status: 202,
          body: { jobId: job._id, status: job.status, rows: job.rows },
          headers: { location: `/imports/jobs/${job._id}` },
        };
      }
      return { status: 200, body: (await this.imports.run(rows, options)) as unknown };
    });
  }

  @Get('jobs/:id')
  @Roles('ministry', 'seesac')
  @ApiOperation({ summary: 'Progress of an import job; its summary once completed' })
  async job(@Param('id') id: string, @CurrentActor() actor: AuthenticatedActor) {
    const job = await this.imports.jobs.findOne({ _id: id });
    notFoundUnless(job !== null, `Import job ${id}`);
    if (actor.role !== 'seesac' && job!.requestedBy !== actor.subject)
      throw new NotAllowed('This import job was started by someone else');
    const { _id, ...rest } = job!;
    return { jobId: _id, ...rest };
  }
}

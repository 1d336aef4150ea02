import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@salw/decider';
import { catalogueVersions, loadCatalogue } from '@salw/kpi-catalogue';
import { CatalogueDto } from './dto/catalogue.dto';

/** The KPI catalogue report-intake checks every value against, as data (the console builds its forms and labels from it). */
@ApiTags('KPI catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  @Get()
  @ApiOperation({
    summary:
      'The newest KPI catalogue: goals with targets, baselines and timeframes, KPIs, measures, dimensions, units, jurisdictions (with their footnotes)',
  })
  @ApiOkResponse({ type: CatalogueDto })
  latest(): CatalogueDto {
    return loadCatalogue().data as unknown as CatalogueDto;
  }

  @Get('versions/:version')
  @ApiOperation({
    summary: 'One published version of the KPI catalogue (reports record the version they were checked against)',
  })
  @ApiOkResponse({ type: CatalogueDto })
  @ApiParam({ name: 'version', schema: { type: 'integer', enum: [...catalogueVersions] } })
  version(@Param('version', ParseIntPipe) version: number): CatalogueDto {
    if (!catalogueVersions.includes(version))
      throw new NotFound(`KPI catalogue version ${version} not found (published: ${catalogueVersions.join(', ')})`);
    return loadCatalogue(version).data as unknown as CatalogueDto;
  }
}

import { catalogue } from './index';
import { observationSchema } from './observation-schema';

type Schema = {
  title?: string;
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  enum?: unknown[];
  pattern?: string;
  required?: string[];
};

const schema = observationSchema(catalogue, { amountChars: 22, reasonChars: 2000, statusChars: 100 }) as Schema;
const alternative = (code: string) => schema.oneOf!.find((s) => s.title === code)!;
const valueOf = (code: string, kind: string) =>
  alternative(code).properties!.value.oneOf!.find((v) => v.properties!.kind.enum![0] === kind);

describe('observationSchema', () => {
  it('has one alternative per measure of the catalogue, told apart by the measure code', () => {
    expect(schema.oneOf!.map((s) => s.properties!.measure.enum)).toEqual(catalogue.measures.map((m) => [m.code]));
  });

  it("lists a measure's own dimensions only, each with its categories", () => {
    const dimensions = alternative('kpi3_reported_cases').properties!.dimensions.properties!;
    const measure = catalogue.measure('kpi3_reported_cases')!;
    expect(Object.keys(dimensions)).toEqual(measure.dimensions);
    expect(dimensions.offence_category.enum).toEqual(
      catalogue.dimension('offence_category')!.values.map((v) => v.code),
    );
  });

  it('takes a number or "No data" for a numeric measure, a status from its list or "No data" for a status measure', () => {
    expect(valueOf('kpi3_reported_cases', 'status')).toBeUndefined();
    expect(valueOf('kpi3_reported_cases', 'number')!.required).toEqual(['kind', 'amount']);
    expect(valueOf('kpi3_reported_cases', 'no_data')!.required).toEqual(['kind', 'reason']);
    const status = catalogue.measure('kpi1_harmonization_status')!;
    expect(valueOf(status.code, 'number')).toBeUndefined();
    expect(valueOf(status.code, 'status')!.properties!.status.enum).toEqual(
      'statusValues' in status ? status.statusValues.map((s) => s.code) : [],
    );
  });

  it('says the amounts checkObservation takes: whole numbers in digits, a percentage within 0..100', () => {
    const integer = new RegExp(valueOf('kpi3_reported_cases', 'number')!.properties!.amount.pattern!);
    expect(['0', '1434'].map((a) => integer.test(a))).toEqual([true, true]);
    expect(['1.5', '-1', '01', '1e3', '١'].map((a) => integer.test(a))).toEqual([false, false, false, false, false]);
    const percentMeasure = catalogue.measures.find((m) => 'unit' in m && m.unit === 'percent')!;
    const percent = new RegExp(valueOf(percentMeasure.code, 'number')!.properties!.amount.pattern!);
    expect(['0', '37.4', '100', '100.000000'].map((a) => percent.test(a))).toEqual([true, true, true, true]);
    expect(['100.5', '101', '37.1234567'].map((a) => percent.test(a))).toEqual([false, false, false]);
  });
});

// A value that is "approximately" (004, Podgorica: "citizens have voluntarily surrendered around 90 firearms, 51 mines
// and explosive devices (mostly hand grenades) and around 572 pieces ammunition").
import { catalogue, checkObservations, observationSchema } from './index';

const around = (measure: string, amount: string) => ({ measure, value: { kind: 'number', amount, approximate: true } });

describe('approximate values', () => {
  it('takes "around 90 firearms" and "around 572 pieces ammunition" beside the exact 51 mines and explosive devices', () => {
    const podgorica = [
      around('kpi11_firearms_surrendered', '90'),
      around('kpi11_ammunition_surrendered', '572'),
      { measure: 'kpi11_explosive_devices_surrendered', value: { kind: 'number', amount: '51', approximate: false } },
    ];
    expect(checkObservations(catalogue, podgorica, 'observations')).toEqual([]);
  });

  it('refuses "approximate" on what is not a number, or as anything but true/false', () => {
    const problems = checkObservations(
      catalogue,
      [
        { measure: 'kpi11_firearms_surrendered', value: { kind: 'no_data', reason: 'No data', approximate: true } },
        {
          measure: 'kpi11_firearms_surrendered',
          dimensions: {},
          value: { kind: 'number', amount: '90', approximate: 'around' },
        },
      ],
      'observations',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'observations[0].value.approximate', message: 'only a number can be approximate' },
        { path: 'observations[1].value.approximate', message: expect.stringContaining('must be true or false') },
      ]),
    );
  });

  it('documents it in the OpenAPI schema of a number', () => {
    const schema = observationSchema(catalogue, { amountChars: 22, reasonChars: 2000, statusChars: 100 }) as {
      oneOf: {
        properties: { measure: { enum: string[] }; value: { oneOf: { properties: Record<string, unknown> }[] } };
      }[];
    };
    const firearms = schema.oneOf.find((s) => s.properties.measure.enum[0] === 'kpi11_firearms_surrendered')!;
    expect(firearms.properties.value.oneOf[0].properties.approximate).toMatchObject({ type: 'boolean' });
  });
});

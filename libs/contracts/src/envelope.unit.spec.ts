import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, fromJson, toJson, toJsonString, type JsonObject } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { EnvelopeSchema, HEADER, parseEnvelopeJson, toEnvelopeJson } from './index';

const payload = {
  reportId: 'report-2024-belgrade',
  year: 2024,
  draft: false,
  kpis: [{ code: 'KPI3', values: { cases: 12, individuals: null } }],
  note: 'No data is not zero',
};

function sampleEnvelope() {
  return create(EnvelopeSchema, {
    eventId: '0b6f1c2e-5d4a-4c1e-9a55-3f1f2c9d7e10',
    type: 'KpiReportSubmitted',
    schemaVersion: 1,
    streamId: 'report-2024-belgrade',
    streamVersion: 3,
    occurredAt: timestampFromDate(new Date('2024-03-01T09:30:00Z')),
    recordedAt: timestampFromDate(new Date('2024-03-01T09:30:00.125Z')),
    actor: { subject: 'user-42', role: 'ministry', jurisdiction: 'Belgrade' },
    correlationId: '5e0d0c8a-1a51-4b8b-8a1e-2a0f5c3b9d11',
    causationId: '7c1d9a36-0f3e-4b59-bb0f-6a9d7f1c2e44',
    context: 'reports',
    payload,
  });
}

describe('Envelope (generated schema) as canonical JSON', () => {
  it('uses the documented JSON field names', () => {
    const json = toJson(EnvelopeSchema, sampleEnvelope()) as JsonObject;
    expect(Object.keys(json).sort()).toEqual(
      [
        'eventId',
        'type',
        'schemaVersion',
        'streamId',
        'streamVersion',
        'occurredAt',
        'recordedAt',
        'actor',
        'correlationId',
        'causationId',
        'context',
        'payload',
      ].sort(),
    );
    expect(json.actor).toEqual({ subject: 'user-42', role: 'ministry', jurisdiction: 'Belgrade' });
    expect(json.occurredAt).toBe('2024-03-01T09:30:00Z');
    expect(json.recordedAt).toBe('2024-03-01T09:30:00.125Z');
    expect(json.schemaVersion).toBe(1);
  });

  it('round-trips a Struct payload', () => {
    const text = toJsonString(EnvelopeSchema, sampleEnvelope());
    const back = fromJson(EnvelopeSchema, JSON.parse(text));
    expect(back.payload).toEqual(payload);
    expect(toJsonString(EnvelopeSchema, back)).toBe(text);
  });

  it('omits zero values and unset optional fields', () => {
    const envelope = sampleEnvelope();
    envelope.causationId = '';
    envelope.actor!.jurisdiction = undefined;
    const json = toJson(EnvelopeSchema, envelope) as JsonObject;
    expect(json).not.toHaveProperty('causationId');
    expect(json.actor).toEqual({ subject: 'user-42', role: 'ministry' });
  });
});

describe('parseEnvelopeJson / toEnvelopeJson', () => {
  const valid = () => toJson(EnvelopeSchema, sampleEnvelope()) as JsonObject;

  it('parses a valid envelope into the plain shape', () => {
    const parsed = parseEnvelopeJson(JSON.stringify(valid()));
    expect(parsed).toEqual(valid());
    expect(parsed).toEqual(toEnvelopeJson(sampleEnvelope()));
    expect(parsed.payload).toEqual(payload);
  });

  it('accepts what a producer writes with Date.toISOString() and normalizes timestamps', () => {
    const parsed = parseEnvelopeJson(JSON.stringify({ ...valid(), occurredAt: '2024-03-01T09:30:00.000Z' }));
    expect(parsed.occurredAt).toBe('2024-03-01T09:30:00Z');
  });

  it('defaults a missing payload to {} and omits an empty causationId', () => {
    const { payload: _payload, causationId: _causationId, ...rest } = valid();
    const parsed = parseEnvelopeJson(JSON.stringify(rest));
    expect(parsed.payload).toEqual({});
    expect(parsed).not.toHaveProperty('causationId');
  });

  it.each([
    ['bad JSON', '{"eventId": ', /Invalid event envelope: .*JSON/i],
    ['not an object', '[1,2]', /Invalid event envelope: /],
    ['unknown field', JSON.stringify({ ...valid(), extra: 1 }), /Invalid event envelope: .*"extra"/],
    [
      'wrong type',
      JSON.stringify({ ...valid(), streamVersion: 'three' }),
      /Invalid event envelope: .*stream_version.*expected number/,
    ],
    ['missing eventId', JSON.stringify({ ...valid(), eventId: undefined }), /missing eventId$/],
    [
      'missing type and streamId',
      JSON.stringify({ ...valid(), type: '', streamId: undefined }),
      /missing type, streamId$/,
    ],
    ['missing actor', JSON.stringify({ ...valid(), actor: undefined }), /missing actor.subject, actor.role$/],
    ['zero streamVersion', JSON.stringify({ ...valid(), streamVersion: 0 }), /missing streamVersion \(>= 1\)$/],
  ])('rejects %s with a descriptive error', (_name, text, message) => {
    expect(() => parseEnvelopeJson(text)).toThrow(message);
  });

  it('ignores unknown envelope fields only when asked', () => {
    const text = JSON.stringify({ ...valid(), addedInALaterRelease: 'x' });
    expect(() => parseEnvelopeJson(text)).toThrow(/key "addedInALaterRelease" is unknown/);
    expect(parseEnvelopeJson(text, { ignoreUnknownFields: true })).toEqual(valid());
  });

  it('exports the Kafka header names', () => {
    expect(HEADER).toEqual({
      eventType: 'event-type',
      schemaVersion: 'schema-version',
      eventId: 'event-id',
      correlationId: 'correlation-id',
      actor: 'actor',
      contentType: 'content-type',
    });
  });
});

describe('buf breaking against the released baseline (proto/baseline/image.binpb)', () => {
  const root = join(__dirname, '..', '..', '..');
  const buf = join(root, 'node_modules', '.bin', 'buf');
  const baseline = join(root, 'proto', 'baseline', 'image.binpb');
  const envelopeFile = join('salw', 'common', 'v1', 'envelope.proto');
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'salw-proto-'));
    cpSync(join(root, 'proto'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function editEnvelope(from: string, to: string): void {
    const file = join(dir, envelopeFile);
    const source = readFileSync(file, 'utf8');
    expect(source).toContain(from);
    writeFileSync(file, source.replace(from, to));
  }

  function breaking() {
    const result = spawnSync(buf, ['breaking', dir, '--against', baseline], { encoding: 'utf8', timeout: 30_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('passes on the unmodified contracts', () => {
    // On failure, jest's diff shows buf's output next to the status.
    expect(breaking()).toMatchObject({ status: 0 });
  }, 30_000);

  it('fails when a field is removed, naming the field', () => {
    editEnvelope('string causation_id = 10;', '');
    const { status, output } = breaking();
    expect(status).not.toBe(0);
    expect(output).toContain('"causation_id"');
    expect(output).toContain('was deleted');
  }, 30_000);

  it('fails when a field is renumbered, naming the field', () => {
    editEnvelope('string context = 11;', 'string context = 13;');
    const { status, output } = breaking();
    expect(status).not.toBe(0);
    expect(output).toContain('"context"');
  }, 30_000);

  it('fails when a field changes type, naming the field', () => {
    editEnvelope('uint32 stream_version = 5;', 'uint64 stream_version = 5;');
    const { status, output } = breaking();
    expect(status).not.toBe(0);
    expect(output).toContain('"stream_version"');
  }, 30_000);
});

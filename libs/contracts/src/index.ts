// @salw/contracts: the platform's public event contracts (proto/), as TypeScript.
//
// Generated code (libs/contracts/src/gen, from `npm run proto:gen`): for each proto message
// a type (e.g. `Envelope`) and a schema (e.g. `EnvelopeSchema`) to use with @bufbuild/protobuf's
// create / toJson / fromJson / toBinary. Hand-written helpers: ./envelope-json; the one typed decoder of each
// context's events (payload → generated message, old schema versions upcast first): ./decode, ./context-events.
export * from './gen/salw/common/v1/envelope_pb';
export * from './gen/salw/common/v1/dead_letter_pb';
export * from './envelope-json';
// The hand-written plain shapes (with required fields) win over the generated JSON types of the same name.
export type { ActorJson, EnvelopeJson } from './envelope-json';
export * as reportingV1 from './gen/salw/reporting/v1/reporting_pb';
export * as coordinationV1 from './gen/salw/coordination/v1/meetings_pb';
export * as trustfundV1 from './gen/salw/trustfund/v1/trust_fund_pb';
export * as kpiV1 from './gen/salw/kpi/v1/kpi_pb';
export * from './decode';
export * from './context-events';

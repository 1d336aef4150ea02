import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { portablePattern } from './openapi';
import { withNulRefused } from './openapi-strings';

/**
 * A DTO class may carry `static openApiSchema`: its schema where its rules are data rather than decorators (an
 * observation per measure of the catalogue), so the document says what its `inputProblems` check.
 */
export interface WithOpenApiSchema {
  openApiSchema: Record<string, unknown>;
}

/**
 * A DTO class may carry `static openApiRules`: JSON Schema keywords for rules between its fields that no decorator
 * says (e.g. `oneOf` for "exactly one of dueDate and noDueDateReason"), added beside its generated properties so the
 * document says what its domain check refuses.
 */
export interface WithOpenApiRules {
  openApiRules: Record<string, unknown>;
}

/** A DTO class as class-validator keys its rules. */
type DtoClass = abstract new (...args: never[]) => unknown;
type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
};

/** class-validator rules and the JSON Schema keywords that say the same (OpenAPI 3.0 dialect). */
const KEYWORDS: Record<string, (constraints: unknown[]) => Schema> = {
  isString: () => ({ type: 'string' }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  isBoolean: () => ({ type: 'boolean' }),
  isArray: () => ({ type: 'array' }),
  isObject: () => ({ type: 'object' }),
  min: ([minimum]) => ({ minimum }),
  max: ([maximum]) => ({ maximum }),
  isPositive: () => ({ minimum: 0, exclusiveMinimum: true }),
  minLength: ([minLength]) => ({ minLength }),
  maxLength: ([maxLength]) => ({ maxLength }),
  length: ([minLength, maxLength]) => ({ minLength, ...(maxLength === undefined ? {} : { maxLength }) }),
  isNotEmpty: () => ({ minLength: 1 }),
  arrayMinSize: ([minItems]) => ({ minItems }),
  arrayMaxSize: ([maxItems]) => ({ maxItems }),
  arrayNotEmpty: () => ({ minItems: 1 }),
  isIn: ([values]) => ({ enum: values }),
  isEnum: ([entity]) => ({ enum: Object.values(entity as object) }),
  matches: ([pattern]) => ({
    pattern: portablePattern(pattern instanceof RegExp ? pattern : new RegExp(String(pattern))),
  }),
  isUUID: () => ({ type: 'string', format: 'uuid' }),
  // Instant(): RFC 3339's date-time (with its pattern, from matches).
  isInstant: () => ({ type: 'string', format: 'date-time' }),
};
/** Rules that only make sense on one type (isNotEmpty on a non-string says nothing about length). */
const STRING_ONLY = new Set(['isNotEmpty', 'minLength', 'maxLength', 'length', 'matches']);

/** The DTO classes that have validation rules, by name (the name Nest's swagger gives their schemas). */
function validatedClasses(): Map<string, DtoClass> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<DtoClass | string, ValidationMetadata[]>;
  };
  const classes = new Map<string, DtoClass>();
  for (const target of storage.validationMetadatas.keys())
    if (typeof target === 'function') classes.set(target.name, target);
  return classes;
}

function rulesOf(target: DtoClass): Map<string, ValidationMetadata[]> {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
    byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  }
  return byProperty;
}

function keywordsOf(rules: ValidationMetadata[], each: boolean): Schema {
  return Object.assign(
    {},
    ...rules
      .filter((rule) => Boolean(rule.each) === each && rule.name && KEYWORDS[rule.name])
      .map((rule) => KEYWORDS[rule.name!](rule.constraints ?? [])),
  ) as Schema;
}

/** Adds what the rules say to a property's schema; a $ref stays as it is (siblings of $ref are ignored in 3.0). */
function constrain(schema: Schema, keywords: Schema): void {
  if (schema.$ref) return;
  const type = keywords.type ?? schema.type;
  for (const [key, value] of Object.entries(keywords)) {
    if (type !== 'string' && STRING_ONLY.has(key)) continue;
    schema[key] = value;
  }
}

/**
 * Makes the document say what the validation pipe enforces: each DTO schema gets the keywords of
 * its class-validator rules, `required` = every property without @IsOptional (which also lets
 * null through), and no properties besides its own (the pipe forbids them). One mechanism for
 * every DTO, so a rule added to a DTO is documented without a second decorator. Query parameters get the
 * rules of their route's own @Query() class (`queryDtos`, from queryDtosOf).
 */
export function withValidationRules(
  document: OpenAPIObject,
  queryDtos: Map<string, DtoClass> = new Map(),
): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const classes = validatedClasses();
  for (const [name, target] of classes) {
    const schema = schemas[name];
    if (!schema?.properties) continue;
    const rules = rulesOf(target);
    // The pipe refuses a property without a rule: the document must not offer it.
    for (const property of Object.keys(schema.properties)) if (!rules.has(property)) delete schema.properties[property];
    const required = new Set<string>();
    for (const [property, propertyRules] of rules) {
      const propertySchema = (schema.properties[property] ??= {});
      const optional = propertyRules.some((rule) => rule.name === 'isOptional');
      if (optional && !propertySchema.$ref) propertySchema.nullable = true;
      if (!optional) required.add(property);
      constrain(propertySchema, keywordsOf(propertyRules, false));
      if (propertySchema.items) constrain(propertySchema.items, keywordsOf(propertyRules, true));
    }
    schema.required = [...required];
    if (schema.required.length === 0) delete schema.required;
    schema.additionalProperties = false;
    // A class whose rules are data (the KPI catalogue's measures) says its schema itself, generated from that data.
    const between = (target as unknown as Partial<WithOpenApiRules>).openApiRules;
    // Copies: the document is built anew for each request of it, and what follows adds to its schemas.
    if (between) Object.assign(schema, structuredClone(between));
    const own = (target as unknown as Partial<WithOpenApiSchema>).openApiSchema;
    if (own) schemas[name] = structuredClone(own);
  }
  closeRuleFreeBodies(document, classes);
  constrainQueries(document, queryDtos);
  return withNulRefused(document);
}

/**
 * A body class without any rule (e.g. an acceptance that carries nothing) has no validation metadata, yet the pipe
 * refuses every property of it (forbidNonWhitelisted): its schema must say that no property is allowed.
 */
function closeRuleFreeBodies(document: OpenAPIObject, validated: Map<string, DtoClass>): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as {
      requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
    }[]) {
      const ref = operation?.requestBody?.content?.['application/json']?.schema?.$ref;
      const name = ref?.split('/').pop();
      if (!name || validated.has(name) || !schemas[name]) continue;
      schemas[name].additionalProperties = false;
    }
}

/** Where @ApiOperation keeps its options (@nestjs/swagger exports no path to its constants). */
const API_OPERATION = 'swagger/apiOperation';

type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };

/**
 * The DTO class of each operation's whole-object @Query() argument, by the operationId Nest's swagger gives the
 * operation (`<Controller>_<method>`, or the one @ApiOperation names). Read from the route's own metadata (the
 * argument's index and the type TypeScript emits for it), so two query classes with the same property names stay apart.
 */
export function queryDtosOf(controllers: Iterable<Type<unknown>>): Map<string, DtoClass> {
  const dtos = new Map<string, DtoClass>();
  for (const controller of controllers) {
    for (const method of Object.getOwnPropertyNames(controller.prototype)) {
      if (method === 'constructor') continue;
      const dto = queryDtoOf(controller, method);
      if (!dto) continue;
      const operation = Reflect.getMetadata(API_OPERATION, controller.prototype[method]) as
        { operationId?: string } | undefined;
      dtos.set(operation?.operationId ?? `${controller.name}_${method}`, dto);
    }
  }
  return dtos;
}

function queryDtoOf(controller: Type<unknown>, method: string): DtoClass | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const query = Object.entries(args).find(
    ([key, arg]) => key.split(':')[0] === String(RouteParamtypes.QUERY) && arg.data === undefined,
  );
  if (!query) return undefined;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as unknown[];
  const type = types[query[1].index];
  return typeof type === 'function' ? (type as DtoClass) : undefined;
}

/** A @Query() DTO is spread into one parameter per property, without its rules: they come from the route's class. */
function constrainQueries(document: OpenAPIObject, queryDtos: Map<string, DtoClass>): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { operationId?: string; parameters?: Parameter[] }[]) {
      const target = operation?.operationId ? queryDtos.get(operation.operationId) : undefined;
      if (!target) continue;
      const rules = rulesOf(target);
      for (const parameter of (operation.parameters ?? []).filter((p) => p.in === 'query' && rules.has(p.name))) {
        const propertyRules = rules.get(parameter.name)!;
        constrain((parameter.schema ??= {}), keywordsOf(propertyRules, false));
        parameter.required = !propertyRules.some((rule) => rule.name === 'isOptional');
      }
    }
  }
}

// Generated from kpi-aggregation's OpenAPI document by scripts/console-api-types.ts: do not edit.
export interface paths {
    "/series/{jurisdiction}/{measure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yearly series from 2018 of one jurisdiction, measure and dimensions; "no data" and "missing" stay distinct from 0. Unaccepted values (provisional, and in the history) only for SEESAC and the owning ministry. */
        get: operations["SeriesController_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regional-totals/{measure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yearly totals across the six beneficiaries (Chisinau only with includeAssociated=true), with coverage: a partial total says so. view=provisional|latest for SEESAC only. */
        get: operations["RegionalTotalsController_totals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derived-indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The derived indicators: defined as data (numerator, denominator or change against a baseline year) */
        get: operations["DerivedIndicatorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derived-indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An indicator per year for a jurisdiction or the region; ratios are exact decimal strings; a missing part answers `missing`. view=provisional|latest for SEESAC and the owning ministry (the region: SEESAC). */
        get: operations["DerivedIndicatorsController_compute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/completeness/rounds/{round}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per jurisdiction: KPI and narrative report of a round — submitted, accepted, returned, late or missing */
        get: operations["CompletenessController_ofRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/completeness/periods/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completeness of a period without a round: `2024` (KPI + annual narrative) or `2024-H1`/`2024-H2` */
        get: operations["CompletenessController_ofPeriod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regional-reports/{round}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regional report of a round as JSON: per-goal KPI tables and series, WB6 totals with coverage, warnings, narrative highlights */
        get: operations["RegionalReportController_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regional-reports/{round}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regional report of a round as CSV (one row per value; WB6 total rows carry their coverage) */
        get: operations["RegionalReportController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regional-reports/{round}/compile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SEESAC compiles the regional report of a round: records RegionalReportCompiled (published on kpi.facts.v1) */
        post: operations["RegionalReportController_compile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    SeriesController_series: {
        parameters: {
            query?: {
                /** @description code:value pairs joined by ","; omit for the total */
                dimensions?: string;
                /** @description validated = accepted values (default), provisional = submitted values, latest = most recent of either. provisional and latest only for SEESAC and the owning ministry (regional figures: SEESAC); 403 for every other reader */
                view?: "validated" | "provisional" | "latest";
                /** @description values as they were known at this instant (SDMX asOf) */
                asOf?: string;
                /** @description only values recorded after this instant (SDMX updatedAfter) */
                updatedAfter?: string;
                /** @description every version of each value with its report revision (SDMX includeHistory); unaccepted versions only for SEESAC and the owning ministry, validated ones for every other reader */
                includeHistory?: boolean;
                fromYear?: number;
                toYear?: number;
                /** @description regional figures: also count the associated jurisdiction (Chisinau) */
                includeAssociated?: boolean;
            };
            header?: never;
            path: {
                jurisdiction: string;
                measure: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description view=provisional|latest asked by a reader who may not see unaccepted values: only SEESAC and the owning ministry (regional figures: SEESAC) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegionalTotalsController_totals: {
        parameters: {
            query?: {
                /** @description code:value pairs joined by ","; omit for the total */
                dimensions?: string;
                /** @description validated = accepted values (default), provisional = submitted values, latest = most recent of either. provisional and latest only for SEESAC and the owning ministry (regional figures: SEESAC); 403 for every other reader */
                view?: "validated" | "provisional" | "latest";
                /** @description values as they were known at this instant (SDMX asOf) */
                asOf?: string;
                /** @description only values recorded after this instant (SDMX updatedAfter) */
                updatedAfter?: string;
                /** @description every version of each value with its report revision (SDMX includeHistory); unaccepted versions only for SEESAC and the owning ministry, validated ones for every other reader */
                includeHistory?: boolean;
                fromYear?: number;
                toYear?: number;
                /** @description regional figures: also count the associated jurisdiction (Chisinau) */
                includeAssociated?: boolean;
            };
            header?: never;
            path: {
                measure: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description view=provisional|latest asked by a reader who may not see unaccepted values: only SEESAC and the owning ministry (regional figures: SEESAC) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DerivedIndicatorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DerivedIndicatorsController_compute: {
        parameters: {
            query?: {
                /** @description code:value pairs joined by ","; omit for the total */
                dimensions?: string;
                /** @description validated = accepted values (default), provisional = submitted values, latest = most recent of either. provisional and latest only for SEESAC and the owning ministry (regional figures: SEESAC); 403 for every other reader */
                view?: "validated" | "provisional" | "latest";
                /** @description values as they were known at this instant (SDMX asOf) */
                asOf?: string;
                /** @description only values recorded after this instant (SDMX updatedAfter) */
                updatedAfter?: string;
                /** @description every version of each value with its report revision (SDMX includeHistory); unaccepted versions only for SEESAC and the owning ministry, validated ones for every other reader */
                includeHistory?: boolean;
                fromYear?: number;
                toYear?: number;
                /** @description regional figures: also count the associated jurisdiction (Chisinau) */
                includeAssociated?: boolean;
                /** @description a jurisdiction code, or "region" (WB6; with includeAssociated=true also Chisinau) */
                jurisdiction?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description view=provisional|latest asked by a reader who may not see unaccepted values: only SEESAC and the owning ministry (regional figures: SEESAC) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CompletenessController_ofRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CompletenessController_ofPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegionalReportController_json: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegionalReportController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegionalReportController_compile: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
                "If-Match"?: string;
            };
            path: {
                round: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
}

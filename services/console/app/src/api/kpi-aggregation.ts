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
        /**
         * Yearly totals across the six beneficiaries (Chisinau only with includeAssociated=true), with coverage: a partial total says so. view=provisional|latest for SEESAC only.
         * @description Only additive measures are summed. A status measure is counted per status; a percentage (additive: false in the catalogue) gets no total, and says so.
         */
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
    "/regional-reports/{round}/compiled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regional report as last compiled, exactly as it was then (not only its hash), with every value that differs now (later amendments or acceptances): 404 before the first compile */
        get: operations["RegionalReportController_compiled"];
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
    schemas: {
        Problem: {
            statusCode: number;
            error?: string;
            message: string | string[];
            /** @description Every problem of the request at once, each with its path */
            problems?: {
                path: string;
                message: string;
            }[];
        };
    };
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
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                measure: "kpi1_legal_frameworks_harmonized" | "kpi1_legal_frameworks_total" | "kpi1_harmonization_status" | "kpi1_harmonization_percent" | "kpi1_legislative_stage" | "kpi2_policy_documents" | "kpi2_policy_documents_addressing_gender" | "kpi2_policy_document_status" | "kpi2_policy_document_valid_from" | "kpi2_policy_document_valid_to" | "kpi3_reported_cases" | "kpi3_reported_individuals" | "kpi3_prosecuted_cases" | "kpi3_solved_with_conviction" | "kpi3_solved_another_way" | "kpi3_dismissed" | "kpi3_pending" | "kpi3_firearms_involved" | "kpi3_ammunition_involved" | "kpi3_explosives_involved" | "kpi4_seizure_cases" | "kpi4_firearms_seized" | "kpi4_parts_and_components_seized" | "kpi4_ammunition_seized" | "kpi4_explosives_seized" | "kpi4_explosive_devices_seized" | "kpi5_eu_border_seizure_cases_traced" | "kpi5_eu_seized_fae_traced_or_diverted" | "kpi6_export_licences_issued" | "kpi6_post_shipment_controls" | "kpi6_diversion_cases" | "kpi6_diverted_fae_identified" | "kpi7_ffp_status" | "kpi7_ffp_staff" | "iarms_records" | "iarms_searches" | "iarms_hits" | "iarms_trace_requests" | "iarms_trace_requests_answered" | "kpi8_inter_institutional_cooperation_cases" | "kpi8_joint_investigation_teams" | "kpi9_operational_cooperation_cases" | "kpi9_ballistic_intelligence_cases" | "kpi9_joint_operations" | "kpi10_firearm_incidents" | "kpi10_victims" | "kpi10_perpetrators" | "avmp_firearm_incidents" | "kpi11_voluntary_surrender_cases" | "kpi11_firearms_surrendered" | "kpi11_ammunition_surrendered" | "kpi11_explosive_devices_surrendered" | "kpi11_explosives_surrendered" | "kpi11_firearms_legalized" | "kpi11_firearms_deactivated" | "kpi11_firearms_re_registered" | "kpi11_firearms_found" | "kpi11_firearms_inherited" | "kpi12_firearms_destroyed" | "kpi12_ammunition_destroyed_pieces" | "kpi12_ammunition_destroyed_tonnes" | "kpi12_explosives_destroyed_pieces" | "kpi12_explosives_destroyed_tonnes" | "kpi12_firearms_and_ammunition_destroyed_tonnes" | "kpi12_firearms_confiscated" | "kpi12_ammunition_confiscated" | "kpi12_salw_marked" | "kpi13_storage_facilities_compliant" | "kpi13_storage_facilities_total" | "kpi13_storage_facilities_upgraded" | "kpi13_evidence_rooms_upgraded" | "kpi13_inspections" | "lost_and_stolen_firearms" | "lost_and_stolen_firearm_cases" | "kpi14_feeling_safe" | "kpi14_satisfaction" | "kpi14_survey_respondents";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures the reader may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description view=provisional|latest asked by a reader who may not see unaccepted values: only SEESAC and the owning ministry (regional figures: SEESAC) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
                measure: "kpi1_legal_frameworks_harmonized" | "kpi1_legal_frameworks_total" | "kpi1_harmonization_status" | "kpi1_harmonization_percent" | "kpi1_legislative_stage" | "kpi2_policy_documents" | "kpi2_policy_documents_addressing_gender" | "kpi2_policy_document_status" | "kpi2_policy_document_valid_from" | "kpi2_policy_document_valid_to" | "kpi3_reported_cases" | "kpi3_reported_individuals" | "kpi3_prosecuted_cases" | "kpi3_solved_with_conviction" | "kpi3_solved_another_way" | "kpi3_dismissed" | "kpi3_pending" | "kpi3_firearms_involved" | "kpi3_ammunition_involved" | "kpi3_explosives_involved" | "kpi4_seizure_cases" | "kpi4_firearms_seized" | "kpi4_parts_and_components_seized" | "kpi4_ammunition_seized" | "kpi4_explosives_seized" | "kpi4_explosive_devices_seized" | "kpi5_eu_border_seizure_cases_traced" | "kpi5_eu_seized_fae_traced_or_diverted" | "kpi6_export_licences_issued" | "kpi6_post_shipment_controls" | "kpi6_diversion_cases" | "kpi6_diverted_fae_identified" | "kpi7_ffp_status" | "kpi7_ffp_staff" | "iarms_records" | "iarms_searches" | "iarms_hits" | "iarms_trace_requests" | "iarms_trace_requests_answered" | "kpi8_inter_institutional_cooperation_cases" | "kpi8_joint_investigation_teams" | "kpi9_operational_cooperation_cases" | "kpi9_ballistic_intelligence_cases" | "kpi9_joint_operations" | "kpi10_firearm_incidents" | "kpi10_victims" | "kpi10_perpetrators" | "avmp_firearm_incidents" | "kpi11_voluntary_surrender_cases" | "kpi11_firearms_surrendered" | "kpi11_ammunition_surrendered" | "kpi11_explosive_devices_surrendered" | "kpi11_explosives_surrendered" | "kpi11_firearms_legalized" | "kpi11_firearms_deactivated" | "kpi11_firearms_re_registered" | "kpi11_firearms_found" | "kpi11_firearms_inherited" | "kpi12_firearms_destroyed" | "kpi12_ammunition_destroyed_pieces" | "kpi12_ammunition_destroyed_tonnes" | "kpi12_explosives_destroyed_pieces" | "kpi12_explosives_destroyed_tonnes" | "kpi12_firearms_and_ammunition_destroyed_tonnes" | "kpi12_firearms_confiscated" | "kpi12_ammunition_confiscated" | "kpi12_salw_marked" | "kpi13_storage_facilities_compliant" | "kpi13_storage_facilities_total" | "kpi13_storage_facilities_upgraded" | "kpi13_evidence_rooms_upgraded" | "kpi13_inspections" | "lost_and_stolen_firearms" | "lost_and_stolen_firearm_cases" | "kpi14_feeling_safe" | "kpi14_satisfaction" | "kpi14_survey_respondents";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description One regional figure per year: a sum, counts per status, or no total for a non-additive measure (said so in aggregation and note)
             *
             *     The figures the reader may see
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        measure: string;
                        dimensions: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        view: "validated" | "provisional" | "latest";
                        /** @enum {string} */
                        region: "WB6" | "WB6+associated";
                        jurisdictions: string[];
                        totals: {
                            year: number;
                            /**
                             * @description sum: an additive measure, summed exactly; count_by_status: a status measure (KPI 1, 2, 7), counted per status in countsByStatus; not_additive: a percentage or other non-additive measure (KPI 14): never summed, no total
                             * @enum {string}
                             */
                            aggregation: "sum" | "count_by_status" | "not_additive";
                            /** @description decimal string; only for aggregation=sum, null when no jurisdiction contributed a number (never 0 for "nothing") */
                            total: string | null;
                            /** @description aggregation=count_by_status: how many jurisdictions reported each status of the measure; absent when none did */
                            countsByStatus?: {
                                [key: string]: number;
                            };
                            /** @description why there is no total, for a non-additive measure */
                            note?: string;
                            /** @description Additive measures only: the change against the 2018 baseline (exact decimals), or noBaseline saying why there is nothing to compare with ("No data" or nothing in 2018 is never 0) */
                            changeFromBaseline?: {
                                /** @example 2018 */
                                baselineYear: number;
                                /**
                                 * @description the 2018 amount
                                 * @example 1434
                                 */
                                baseline?: string;
                                /**
                                 * @description value − baseline, signed decimal string
                                 * @example -239
                                 */
                                difference?: string;
                                /**
                                 * @description difference / baseline × 100, one decimal; null when the baseline is 0
                                 * @example -16.7
                                 */
                                percent?: string | null;
                                /** @example the 2018 baseline is "No data" */
                                noBaseline?: string;
                            };
                            /**
                             * @description aggregation=sum: a contributed number was given as approximate (004: "around 90 firearms"), so the total is too; absent when every number is exact
                             * @enum {boolean}
                             */
                            approximate?: true;
                            /** @description jurisdiction → dimension: contributed jurisdictions that reported no total, whose number is the sum of their complete breakdown by that dimension (every category a number) */
                            acrossCategories?: {
                                [key: string]: string;
                            };
                            /** @description every jurisdiction of the region contributed a value */
                            complete: boolean;
                            coverage: {
                                contributed: string[];
                                missing: string[];
                                noData: string[];
                            };
                        }[];
                    };
                };
            };
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description view=provisional|latest asked by a reader who may not see unaccepted values: only SEESAC and the owning ministry (regional figures: SEESAC) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The role or jurisdiction of the token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
            /** @description The figures the reader may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description view=provisional|latest asked by a reader who may not see unaccepted values: only SEESAC and the owning ministry (regional figures: SEESAC) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The role or jurisdiction of the token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The role or jurisdiction of the token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The role or jurisdiction of the token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The role or jurisdiction of the token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionalReportController_compiled: {
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
            /** @description compiled: the event recorded; report: the report as compiled; changedSince: each value that differs now, compiled beside now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The role or jurisdiction of the token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionalReportController_compile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                round: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state after the command */
            201: {
                headers: {
                    /** @description The new version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: every problem, each with its path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The role or jurisdiction of the token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The state changed since it was read (If-Match), or the command conflicts with it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
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
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
            /** @description Too many requests from this address; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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

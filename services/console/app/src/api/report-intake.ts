// Generated from report-intake's OpenAPI document by scripts/console-api-types.ts: do not edit.
export interface paths {
    "/kpi-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KPI reports by round, status and jurisdiction, newest year first, paged. SEESAC sees every report as it stands; a ministry its own jurisdiction only (403 naming another); everyone else accepted reports only. */
        get: operations["ReportListsController_kpiReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Narrative reports by round, status and jurisdiction, newest period first, paged. SEESAC sees every report as it stands; a ministry its own jurisdiction only (403 naming another); everyone else accepted reports only. */
        get: operations["ReportListsController_narrativeReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every opened reporting round with its period and due date, newest first */
        get: operations["ReportListsController_reportingRounds"];
        put?: never;
        /** SEESAC opens a numbered reporting round with its period and due date */
        post: operations["ReportingRoundsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest KPI catalogue: goals with targets, baselines and timeframes, KPIs, measures, dimensions, units, jurisdictions (with their footnotes) */
        get: operations["CatalogueController_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published version of the KPI catalogue (reports record the version they were checked against) */
        get: operations["CatalogueController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi-reports/{jurisdiction}/{year}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a part of the draft (later parts replace the same measure + dimensions) */
        post: operations["KpiReportsController_saveDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi-reports/{jurisdiction}/{year}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the report (with an optional last part); late after the round due date */
        post: operations["KpiReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi-reports/{jurisdiction}/{year}/return-for-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SEESAC returns a submitted report for revision, with comments */
        post: operations["KpiReportsController_returnForRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi-reports/{jurisdiction}/{year}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SEESAC accepts a submitted report */
        post: operations["KpiReportsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi-reports/{jurisdiction}/{year}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend an accepted report: opens revision n+1 as a draft with its values */
        post: operations["KpiReportsController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi-reports/{jurisdiction}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report now (ETag = its version). Readers other than SEESAC and its ministry see the last accepted revision only, without return comments. */
        get: operations["KpiReportsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi-reports/{jurisdiction}/{year}/revisions/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision with its history: who did what, when. Return comments and unaccepted revisions only for SEESAC and its ministry (403 for others). */
        get: operations["KpiReportsController_readRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports/{jurisdiction}/{period}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a part of the draft goal by goal (a later part replaces the same goal); a round named must be open and ask for the year of the period */
        post: operations["NarrativeReportsController_saveDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports/{jurisdiction}/{period}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the narrative progress report per goal for a year or half-year (2024, 2024-H1, 2024-H2), with an optional last part; late after the round due date */
        post: operations["NarrativeReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports/{jurisdiction}/{period}/return-for-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SEESAC returns a submitted narrative report for revision, with comments */
        post: operations["NarrativeReportsController_returnForRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports/{jurisdiction}/{period}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SEESAC accepts a submitted narrative report */
        post: operations["NarrativeReportsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports/{jurisdiction}/{period}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend an accepted narrative report, saying why: opens revision n+1 as a draft with its goals (the accepted revision stays readable) */
        post: operations["NarrativeReportsController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports/{jurisdiction}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The narrative report now, with its history (ETag = its version). Readers other than SEESAC and its ministry see the last accepted revision, also while a new one is under review, without return comments. */
        get: operations["NarrativeReportsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/narrative-reports/{jurisdiction}/{period}/revisions/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision with its history: who did what, when. Return comments and unaccepted revisions only for SEESAC and its ministry (403 for others). */
        get: operations["NarrativeReportsController_readRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting-rounds/{roundNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reporting round with its period and due date (ETag = its version) */
        get: operations["ReportingRoundsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/kpi-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import of KPI values (historical 2018–2024) as JSON or CSV
         * @description Each report (jurisdiction + year) is compared with its current revision; the changes are saved and submitted in one commit (an accepted report is amended as revision n+1). A SEESAC import accepts them too; a ministry import leaves them submitted for review. A JSON body that does not keep its schema is refused whole (400, every problem with its path); a row that keeps it but breaks the catalogue or names a report under review is rejected with its line, and the other rows are imported. dryRun=true computes the same summary without writing. More rows than the job threshold: 202 with a job to poll at GET /imports/jobs/{id}. CSV example:
         *
         *     jurisdiction,year,measure,dimensions,value,no_data_reason
         *     pristina,2024,kpi3_reported_cases,offence_category=illegal_possession,1434,
         *     pristina,2024,kpi3_reported_cases,offence_category=trafficking,19,
         *     pristina,2018,kpi3_solved_with_conviction,offence_category=trafficking,,No data
         */
        post: operations["ImportsController_importValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of an import job; its summary once completed */
        get: operations["ImportsController_job"];
        put?: never;
        post?: never;
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
        KpiReportSummaryDto: {
            /** @example kpi-report:pristina:2024 */
            reportId: string;
            /** @example pristina */
            jurisdiction: string;
            /**
             * @description Stream version (the ETag of the report)
             * @example 3
             */
            version: number;
            /** @example 1 */
            revision: number;
            /** @example 13 */
            roundNumber?: number;
            /** @example 2025-01-31 */
            dueDate?: string;
            /** @description Submitted after the round due date */
            late?: boolean;
            /**
             * @description When the revision shown was last submitted
             * @example 2025-01-20T09:00:00.000Z
             */
            submittedAt?: string;
            /**
             * @description When anything last happened to the report
             * @example 2025-01-22T09:00:00.000Z
             */
            updatedAt: string;
            /** @example 2024 */
            year: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned_for_revision" | "accepted";
            /** @description Number of values in the revision shown */
            observationCount: number;
            /** @description Number of warnings of the revision shown */
            warningCount: number;
        };
        KpiReportPageDto: {
            /** @description Reports matching the filters (all pages) */
            total: number;
            offset: number;
            limit: number;
            items: components["schemas"]["KpiReportSummaryDto"][];
        };
        NarrativeReportSummaryDto: {
            /** @example kpi-report:pristina:2024 */
            reportId: string;
            /** @example pristina */
            jurisdiction: string;
            /**
             * @description Stream version (the ETag of the report)
             * @example 3
             */
            version: number;
            /** @example 1 */
            revision: number;
            /** @example 13 */
            roundNumber?: number;
            /** @example 2025-01-31 */
            dueDate?: string;
            /** @description Submitted after the round due date */
            late?: boolean;
            /**
             * @description When the revision shown was last submitted
             * @example 2025-01-20T09:00:00.000Z
             */
            submittedAt?: string;
            /**
             * @description When anything last happened to the report
             * @example 2025-01-22T09:00:00.000Z
             */
            updatedAt: string;
            /** @example 2024-H2 */
            period: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned_for_revision" | "accepted";
            /** @description Goals the report speaks to */
            goals: number[];
        };
        NarrativeReportPageDto: {
            /** @description Reports matching the filters (all pages) */
            total: number;
            offset: number;
            limit: number;
            items: components["schemas"]["NarrativeReportSummaryDto"][];
        };
        ReportingRoundDto: {
            /** @example 13 */
            roundNumber: number;
            /** @example 13th progress report */
            label: string;
            /** @example 2024-07-01 */
            periodFrom: string;
            /** @example 2024-12-31 */
            periodTo: string;
            /**
             * @description Absent when the round has no due date (see noDueDateReason)
             * @example 2025-01-31
             */
            dueDate?: string;
            /**
             * @description Why the round has no due date; present exactly when dueDate is absent
             * @example not in the seeds
             */
            noDueDateReason?: string;
            /** @example 2024 */
            reportYear: number;
            /** @example 1 */
            version: number;
        };
        ReportingRoundListDto: {
            /** @description Every opened round, newest first */
            items: components["schemas"]["ReportingRoundDto"][];
        };
        UnitDto: {
            code: string;
            label: string;
            symbol?: string;
        };
        DimensionValueDto: {
            code: string;
            label: string;
            note?: string;
        };
        DimensionDto: {
            code: string;
            label: string;
            values: components["schemas"]["DimensionValueDto"][];
            note?: string;
        };
        TimeframeDto: {
            /**
             * @description As written in the Roadmap
             * @example 2019 - 2024
             */
            text: string;
            from?: number;
            to?: number;
        };
        OverallTargetDto: {
            target: string;
            baseline: string;
            /** @description null when the Roadmap gives no timeframe */
            timeframe: components["schemas"]["TimeframeDto"] | null;
        };
        GoalDto: {
            /** @example 1 */
            number: number;
            title: string;
            area: string;
            overallTargets: components["schemas"]["OverallTargetDto"][];
        };
        CodeLabelDto: {
            code: string;
            label: string;
        };
        MeasureDto: {
            code: string;
            label: string;
            /** @enum {string} */
            valueType: "integer" | "decimal" | "status";
            /** @description Dimension codes a value may be broken down by */
            dimensions: string[];
            /** @description Unit code (integer and decimal measures) */
            unit?: string;
            /** @description Parts must not exceed the total; values sum into regional totals */
            additive?: boolean;
            /** @description The codes a status measure takes */
            statusValues?: components["schemas"]["CodeLabelDto"][];
            note?: string;
        };
        KpiDto: {
            /** @example 3 */
            number: number;
            /** @description Authoritative wording of the Roadmap */
            wording: string;
            goals: number[];
            /** @enum {string} */
            goalMappingSource: "progress-report" | "platform";
            note?: string;
            measures: components["schemas"]["MeasureDto"][];
        };
        JurisdictionDto: {
            /** @example pristina */
            code: string;
            /** @example Pristina */
            name: string;
            beneficiary: boolean;
            /** @enum {string} */
            group: "WB6" | "associated" | "region";
            commissionName: string;
            /** @enum {string} */
            commissionNameSource: "seed" | "generic";
            commissionNameEvidence?: string;
            /** @description Always shown with the name (Pristina: UNSCR 1244) */
            footnote?: string;
            /** @example * */
            footnoteMarker?: string;
            footnoteSource?: string;
            note?: string;
        };
        CatalogueDto: {
            /** @example 1 */
            version: number;
            /** @example 2025-01-01 */
            publishedOn: string;
            title?: string;
            /** @example 2018 */
            baselineYear?: number;
            reportingPeriod?: string;
            notes?: string[];
            units: components["schemas"]["UnitDto"][];
            dimensions: components["schemas"]["DimensionDto"][];
            goals: components["schemas"]["GoalDto"][];
            kpis: components["schemas"]["KpiDto"][];
            jurisdictions: components["schemas"]["JurisdictionDto"][];
        };
        ObservationValueDto: {
            /**
             * @example number
             * @enum {string}
             */
            kind: "number" | "no_data" | "status";
            /**
             * @description Decimal string, never a JSON number ("No data" is not 0); at most 22 characters
             * @example 19
             */
            amount?: string | null;
            /**
             * @description Kind number: true when the report gives the number as approximate (004: "around 90 firearms")
             * @example true
             */
            approximate?: boolean | null;
            /**
             * @description Why there is no data (kind no_data)
             * @example No data
             */
            reason?: string | null;
            /**
             * @description Status code of a status measure (kind status)
             * @example operational
             */
            status?: string | null;
        };
        ObservationDto: {
            /** @enum {string} */
            measure: "kpi1_legal_frameworks_harmonized";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi1_legal_frameworks_total";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi1_harmonization_status";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                legal_framework?: "law_on_weapons" | "law_on_civil_use_of_explosives" | "law_on_trade_in_strategic_goods" | "law_on_production_of_weapons" | "criminal_code" | "criminal_procedure_code" | "bylaw_on_deactivation" | "bylaw_on_marking" | "other";
            };
            value: {
                amount?: string | null;
                reason?: string | null;
                /** @enum {string} */
                status: "not_harmonized" | "partially_harmonized" | "fully_harmonized";
                /** @enum {string} */
                kind: "status";
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi1_harmonization_percent";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                legal_framework?: "law_on_weapons" | "law_on_civil_use_of_explosives" | "law_on_trade_in_strategic_goods" | "law_on_production_of_weapons" | "criminal_code" | "criminal_procedure_code" | "bylaw_on_deactivation" | "bylaw_on_marking" | "other";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi1_legislative_stage";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                legal_framework?: "law_on_weapons" | "law_on_civil_use_of_explosives" | "law_on_trade_in_strategic_goods" | "law_on_production_of_weapons" | "criminal_code" | "criminal_procedure_code" | "bylaw_on_deactivation" | "bylaw_on_marking" | "other";
            };
            value: {
                amount?: string | null;
                reason?: string | null;
                /** @enum {string} */
                status: "working_group_established" | "draft_prepared" | "draft_in_consultation" | "approved_by_government" | "adopted";
                /** @enum {string} */
                kind: "status";
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi2_policy_documents";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                policy_document_type?: "salw_control_strategy" | "action_plan" | "other";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi2_policy_documents_addressing_gender";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                policy_document_type?: "salw_control_strategy" | "action_plan" | "other";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi2_policy_document_status";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                policy_document_type?: "salw_control_strategy" | "action_plan" | "other";
            };
            value: {
                amount?: string | null;
                reason?: string | null;
                /** @enum {string} */
                status: "in_preparation" | "in_adoption_procedure" | "adopted" | "expired";
                /** @enum {string} */
                kind: "status";
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi2_policy_document_valid_from";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                policy_document_type?: "salw_control_strategy" | "action_plan" | "other";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi2_policy_document_valid_to";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                policy_document_type?: "salw_control_strategy" | "action_plan" | "other";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_reported_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_reported_individuals";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_prosecuted_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_solved_with_conviction";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_solved_another_way";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_dismissed";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_pending";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_firearms_involved";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_ammunition_involved";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi3_explosives_involved";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                offence_category?: "illegal_possession" | "trafficking";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi4_seizure_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                location?: "inland" | "border";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi4_firearms_seized";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                location?: "inland" | "border";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi4_parts_and_components_seized";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                location?: "inland" | "border";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi4_ammunition_seized";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                location?: "inland" | "border";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi4_explosives_seized";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                location?: "inland" | "border";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi4_explosive_devices_seized";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                location?: "inland" | "border";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi5_eu_border_seizure_cases_traced";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                place?: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi5_eu_seized_fae_traced_or_diverted";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                place?: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi6_export_licences_issued";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi6_post_shipment_controls";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi6_diversion_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi6_diverted_fae_identified";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi7_ffp_status";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount?: string | null;
                reason?: string | null;
                /** @enum {string} */
                status: "not_established" | "established" | "operational";
                /** @enum {string} */
                kind: "status";
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi7_ffp_staff";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                gender?: "female" | "male";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "iarms_records";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "iarms_searches";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "iarms_hits";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "iarms_trace_requests";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "iarms_trace_requests_answered";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi8_inter_institutional_cooperation_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                cooperation_phase?: "investigation" | "prosecution" | "pretrial";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi8_joint_investigation_teams";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi9_operational_cooperation_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                partner_type?: "region" | "eu_member_states" | "eu_agencies" | "international_agencies" | "domestic";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi9_ballistic_intelligence_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                partner_type?: "region" | "eu_member_states" | "eu_agencies" | "international_agencies" | "domestic";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi9_joint_operations";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                partner_type?: "region" | "eu_member_states" | "eu_agencies" | "international_agencies" | "domestic";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi10_firearm_incidents";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                incident_context?: "criminal" | "domestic_violence" | "celebratory_shooting" | "suicide" | "accident" | "organized_crime" | "other";
                /** @enum {string} */
                firearm_legality?: "legal" | "illegal" | "unknown";
                /** @enum {string} */
                weapon_type?: "handgun" | "other" | "unknown";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi10_victims";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                victim_outcome?: "killed" | "injured";
                /** @enum {string} */
                gender?: "female" | "male";
                /** @enum {string} */
                age_group?: "0_17" | "18_24" | "25_34" | "35_64" | "65_plus" | "unknown";
                /** @enum {string} */
                incident_context?: "criminal" | "domestic_violence" | "celebratory_shooting" | "suicide" | "accident" | "organized_crime" | "other";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi10_perpetrators";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                gender?: "female" | "male";
                /** @enum {string} */
                age_group?: "0_17" | "18_24" | "25_34" | "35_64" | "65_plus" | "unknown";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "avmp_firearm_incidents";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                place?: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau";
                /** @enum {string} */
                incident_context?: "criminal" | "domestic_violence" | "celebratory_shooting" | "suicide" | "accident" | "organized_crime" | "other";
                /** @enum {string} */
                weapon_type?: "handgun" | "other" | "unknown";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_voluntary_surrender_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_firearms_surrendered";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_ammunition_surrendered";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_explosive_devices_surrendered";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_explosives_surrendered";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_firearms_legalized";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_firearms_deactivated";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_firearms_re_registered";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_firearms_found";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi11_firearms_inherited";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_firearms_destroyed";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                destruction_source?: "confiscated" | "surplus";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_ammunition_destroyed_pieces";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                destruction_source?: "confiscated" | "surplus";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_ammunition_destroyed_tonnes";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                destruction_source?: "confiscated" | "surplus";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_explosives_destroyed_pieces";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                destruction_source?: "confiscated" | "surplus";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_explosives_destroyed_tonnes";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                destruction_source?: "confiscated" | "surplus";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_firearms_and_ammunition_destroyed_tonnes";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                destruction_source?: "confiscated" | "surplus";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_firearms_confiscated";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_ammunition_confiscated";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi12_salw_marked";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi13_storage_facilities_compliant";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                facility_holder?: "police" | "armed_forces" | "other_state" | "legal_entities";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi13_storage_facilities_total";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                facility_holder?: "police" | "armed_forces" | "other_state" | "legal_entities";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi13_storage_facilities_upgraded";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                facility_holder?: "police" | "armed_forces" | "other_state" | "legal_entities";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi13_evidence_rooms_upgraded";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: Record<string, never>;
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi13_inspections";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                facility_holder?: "police" | "armed_forces" | "other_state" | "legal_entities";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "lost_and_stolen_firearms";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                loss_type?: "lost" | "stolen";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "lost_and_stolen_firearm_cases";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                loss_type?: "lost" | "stolen";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi14_feeling_safe";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                gender?: "female" | "male";
                /** @enum {string} */
                age_group?: "0_17" | "18_24" | "25_34" | "35_64" | "65_plus" | "unknown";
                /** @enum {string} */
                place?: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi14_satisfaction";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                gender?: "female" | "male";
                /** @enum {string} */
                age_group?: "0_17" | "18_24" | "25_34" | "35_64" | "65_plus" | "unknown";
                /** @enum {string} */
                place?: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        } | {
            /** @enum {string} */
            measure: "kpi14_survey_respondents";
            /** @description Dimension code → category code; {} or absent for the total */
            dimensions?: {
                /** @enum {string} */
                gender?: "female" | "male";
                /** @enum {string} */
                age_group?: "0_17" | "18_24" | "25_34" | "35_64" | "65_plus" | "unknown";
                /** @enum {string} */
                place?: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau";
            };
            value: {
                amount: string;
                reason?: string | null;
                status?: string | null;
                /** @enum {string} */
                kind: "number";
                /** @description true when the report gives the number as approximate ("around 90") */
                approximate?: boolean;
            } | {
                amount?: string | null;
                reason: string;
                status?: string | null;
                /** @enum {string} */
                kind: "no_data";
            };
        };
        SaveKpiReportDraftDto: {
            /**
             * @description A part of the report: replaces the same measure + dimensions
             * @example [
             *       {
             *         "measure": "kpi3_reported_cases",
             *         "dimensions": {
             *           "offence_category": "trafficking"
             *         },
             *         "value": {
             *           "kind": "number",
             *           "amount": "19"
             *         }
             *       },
             *       {
             *         "measure": "kpi3_reported_individuals",
             *         "dimensions": {
             *           "offence_category": "trafficking"
             *         },
             *         "value": {
             *           "kind": "number",
             *           "amount": "47"
             *         }
             *       },
             *       {
             *         "measure": "kpi3_solved_with_conviction",
             *         "dimensions": {
             *           "offence_category": "trafficking"
             *         },
             *         "value": {
             *           "kind": "number",
             *           "amount": "5"
             *         }
             *       },
             *       {
             *         "measure": "kpi3_solved_another_way",
             *         "dimensions": {
             *           "offence_category": "trafficking"
             *         },
             *         "value": {
             *           "kind": "number",
             *           "amount": "7"
             *         }
             *       }
             *     ]
             */
            observations: components["schemas"]["ObservationDto"][];
            /**
             * @description The reporting round the report answers
             * @example 13
             */
            roundNumber?: number | null;
        };
        SubmitKpiReportDto: {
            /**
             * @description A last part saved with the submission
             * @example [
             *       {
             *         "measure": "kpi3_reported_cases",
             *         "dimensions": {
             *           "offence_category": "illegal_possession"
             *         },
             *         "value": {
             *           "kind": "number",
             *           "amount": "1327"
             *         }
             *       },
             *       {
             *         "measure": "kpi3_reported_individuals",
             *         "dimensions": {
             *           "offence_category": "illegal_possession"
             *         },
             *         "value": {
             *           "kind": "number",
             *           "amount": "1691"
             *         }
             *       },
             *       {
             *         "measure": "kpi3_solved_with_conviction",
             *         "dimensions": {
             *           "offence_category": "illegal_possession"
             *         },
             *         "value": {
             *           "kind": "no_data",
             *           "reason": "No data"
             *         }
             *       },
             *       {
             *         "measure": "kpi3_solved_another_way",
             *         "dimensions": {
             *           "offence_category": "illegal_possession"
             *         },
             *         "value": {
             *           "kind": "no_data",
             *           "reason": "No data"
             *         }
             *       }
             *     ]
             */
            observations?: components["schemas"]["ObservationDto"][] | null;
            /**
             * @description The reporting round (its due date decides whether the submission is late)
             * @example 13
             */
            roundNumber?: number | null;
        };
        ReturnForRevisionDto: {
            /** @example Please confirm 2024 convictions for trafficking (5) against the court records. */
            comments: string;
        };
        AcceptDto: Record<string, never>;
        StartAmendmentDto: {
            /** @example Court statistics for 2022 corrected */
            reason: string;
        };
        GoalNarrativeDto: {
            /** @example 2 */
            goal: number;
            /** @example Firearms Focal Point reported to be fully operational. */
            progress: string;
            /** @example The need for the integration of databases and real-time data entry persisted. */
            challenges: string;
            /** @example Active participation in JAD operations. */
            plans: string;
            /** @example Specialized ammunition destruction equipment. */
            needsForSupport: string;
        };
        SaveNarrativeReportDraftDto: {
            /** @description A part of the report: each goal replaces the same goal */
            goals: components["schemas"]["GoalNarrativeDto"][];
            /**
             * @description The reporting round the report answers (opened, and asking for the year of the period)
             * @example 13
             */
            roundNumber?: number | null;
        };
        SubmitNarrativeReportDto: {
            /** @description A last part saved with the submission (each goal replaces the same goal of the draft) */
            goals?: components["schemas"]["GoalNarrativeDto"][] | null;
            /**
             * @description The reporting round the report answers (opened, and asking for the year of the period)
             * @example 13
             */
            roundNumber?: number | null;
        };
        OpenReportingRoundDto: {
            /** @example 13 */
            roundNumber: number;
            /** @example 13th progress report */
            label: string;
            /**
             * Format: date
             * @example 2024-07-01
             */
            periodFrom: string;
            /**
             * Format: date
             * @example 2024-12-31
             */
            periodTo: string;
            /**
             * Format: date
             * @description Reports are due on this day; later submissions are marked late. Leave it out when no due date is known, and say why in noDueDateReason.
             * @example 2025-06-16
             */
            dueDate?: string | null;
            /**
             * @description Why the round has no due date; exactly when dueDate is left out (then nothing is late or overdue in the round)
             * @example not in the seeds
             */
            noDueDateReason?: string | null;
            /**
             * @description the year reported on, 2018 (the baseline) to 2100
             * @example 2024
             */
            reportYear: number;
        } & ({
            dueDate: string;
            /** @enum {unknown|null} */
            noDueDateReason?: null;
        } | {
            /** @enum {unknown|null} */
            dueDate?: null;
            noDueDateReason: string;
        });
        ImportJsonDto: {
            /**
             * @example [
             *       {
             *         "jurisdiction": "pristina",
             *         "year": 2019,
             *         "measure": "kpi3_reported_cases",
             *         "dimensions": {
             *           "offence_category": "trafficking"
             *         },
             *         "value": {
             *           "kind": "number",
             *           "amount": "61"
             *         }
             *       },
             *       {
             *         "jurisdiction": "pristina",
             *         "year": 2018,
             *         "measure": "kpi3_solved_with_conviction",
             *         "dimensions": {
             *           "offence_category": "trafficking"
             *         },
             *         "value": {
             *           "kind": "no_data",
             *           "reason": "No data"
             *         }
             *       }
             *     ]
             */
            values: {
                /** @example pristina */
                jurisdiction: string;
                /** @example 2019 */
                year: number;
                /** @example kpi3_solved_with_conviction */
                measure: string;
                /**
                 * @description Dimension code → category code; {} or absent for the total
                 * @example {
                 *       "offence_category": "trafficking"
                 *     }
                 */
                dimensions?: {
                    [key: string]: string;
                };
                /**
                 * @example {
                 *       "kind": "number",
                 *       "amount": "8"
                 *     }
                 */
                value: {
                    /** @enum {string} */
                    kind: "number";
                    amount: string;
                    approximate?: boolean;
                } | {
                    /** @enum {string} */
                    kind: "status";
                    status: string;
                } | {
                    /** @enum {string} */
                    kind: "no_data";
                    reason: string;
                };
            }[];
        };
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
    ReportListsController_kpiReports: {
        parameters: {
            query?: {
                /** @description Only this jurisdiction (a ministry may name its own only) */
                jurisdiction?: string;
                /** @description Only reports of this reporting round */
                round?: number;
                offset?: number;
                limit?: number;
                status?: "draft" | "submitted" | "returned_for_revision" | "accepted";
            };
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
                content: {
                    "application/json": components["schemas"]["KpiReportPageDto"];
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
    ReportListsController_narrativeReports: {
        parameters: {
            query?: {
                /** @description Only this jurisdiction (a ministry may name its own only) */
                jurisdiction?: string;
                /** @description Only reports of this reporting round */
                round?: number;
                offset?: number;
                limit?: number;
                status?: "draft" | "submitted" | "returned_for_revision" | "accepted";
            };
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
                content: {
                    "application/json": components["schemas"]["NarrativeReportPageDto"];
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
    ReportListsController_reportingRounds: {
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
                content: {
                    "application/json": components["schemas"]["ReportingRoundListDto"];
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
    ReportingRoundsController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenReportingRoundDto"];
            };
        };
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
            /** @description The state changed since it was read (If-Match), or the command conflicts with it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the service accepts */
            413: {
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
    CatalogueController_latest: {
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
                content: {
                    "application/json": components["schemas"]["CatalogueDto"];
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
    CatalogueController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: 1 | 2;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueDto"];
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
    KpiReportsController_saveDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveKpiReportDraftDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    KpiReportsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubmitKpiReportDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    KpiReportsController_returnForRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnForRevisionDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    KpiReportsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    KpiReportsController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartAmendmentDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    KpiReportsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                year: number;
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
    KpiReportsController_readRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                year: number;
                revision: number;
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
    NarrativeReportsController_saveDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveNarrativeReportDraftDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    NarrativeReportsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                period: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubmitNarrativeReportDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    NarrativeReportsController_returnForRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnForRevisionDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    NarrativeReportsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    NarrativeReportsController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartAmendmentDto"];
            };
        };
        responses: {
            /** @description The state after the command */
            200: {
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
            /** @description The body is larger than the service accepts */
            413: {
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
    NarrativeReportsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
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
    NarrativeReportsController_readRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jurisdiction: "belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "region";
                period: string;
                revision: number;
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
    ReportingRoundsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundNumber: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingRoundDto"];
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
    ImportsController_importValues: {
        parameters: {
            query?: {
                strategy?: "CREATE" | "UPDATE" | "CREATE_AND_UPDATE";
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Same key + same request → same answer, done once */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportJsonDto"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description The summary: imported, updated, unchanged, rejected rows (each with its line) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description More rows than the job threshold: the job to poll (Location header) */
            202: {
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
            /** @description The state changed since it was read (If-Match), or the command conflicts with it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the service accepts */
            413: {
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
    ImportsController_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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

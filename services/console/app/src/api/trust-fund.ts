// Generated from trust-fund's OpenAPI document by scripts/console-api-types.ts: do not edit.
export interface paths {
    "/trust-fund/fund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund aggregate (its ETag is the If-Match of fund writes) */
        get: operations["TrustFundController_readFund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/fee-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the Administrative Agent's fee rate and the indirect cost rate (defaults 1% and 7%) */
        post: operations["TrustFundController_setFeeRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/donors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a donor (registering the same donor again changes nothing) */
        post: operations["TrustFundController_registerDonor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a pledge (not money in the fund until deposited) */
        post: operations["TrustFundController_recordPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a deposit: original amount, USD equivalent, rate with its date and source; the fee is taken here */
        post: operations["TrustFundController_recordDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer to the participating organization of an approved project
         * @description Refused (409) above the available balance, above the approved budget less what was transferred, to the Secretariat, to a non-participating organization, or to an unapproved project.
         */
        post: operations["TrustFundController_makeTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record funds returned by a participating organization */
        post: operations["TrustFundController_recordRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record interest earned by the fund, or received from a participating organization that earned it on the funds transferred to it
         * @description Refused (400) for an earner other than "fund", UNDP or UNODC (the Secretariat holds no fund money); refused (409) for an organization the fund never transferred to.
         */
        post: operations["TrustFundController_recordInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/contributor-refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a refund by the Administrative Agent to a contributor
         * @description Refused (409) above what the contributor deposited less earlier refunds to it, or above the fund's available balance.
         */
        post: operations["TrustFundController_refundContributor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project (its ETag is the If-Match of project writes) */
        get: operations["TrustFundController_readProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a proposal by a participating organization (optionally with co-applicants) */
        post: operations["TrustFundController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/projects/{projectId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the Steering Committee's decision with the voting members present */
        post: operations["TrustFundController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/projects/{projectId}/implementation-start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An approved project starts implementation */
        post: operations["TrustFundController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/projects/{projectId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A project under implementation is completed */
        post: operations["TrustFundController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sources and uses of the fund (USD), as the MPTF Office publishes them */
        get: operations["FundFiguresProjector_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** USD approved by goal and by jurisdiction, and approved/transferred/refunded per goal, jurisdiction and both (a project counts in each of its goals and jurisdictions: rows overlap) */
        get: operations["FundFiguresProjector_allocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions by donor and year: each deposit in its original currency with the USD booked */
        get: operations["FundFiguresProjector_contributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects by stage: proposed, approved, under implementation, completed (and rejected) */
        get: operations["FundFiguresProjector_pipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trust-fund/steering-committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Steering Committee as the deposits make it: members, seat, vote and why; and every recomposition */
        get: operations["FundFiguresProjector_committee"];
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
        SetFeeRatesDto: {
            /**
             * @description Administrative Agent's fee, taken at deposit, as a decimal rate
             * @example 0.01
             */
            administrativeAgentFeeRate: string;
            /**
             * @description Participating organizations' indirect costs on direct costs, as a decimal rate
             * @example 0.07
             */
            indirectCostRate: string;
        };
        RegisterDonorDto: {
            /**
             * @description lowercase id
             * @example sweden
             */
            donorId: string;
            /** @example Sweden */
            name: string;
            /**
             * @deprecated
             * @description Leave it out: ex officio membership of the Steering Committee comes from the fund's governance (004: Germany, France and the EU, donor ids germany, france, european-union), not from the caller. Kept for older callers: a value that disagrees with the governance is refused (400).
             * @example false
             */
            exOfficio?: boolean | null;
        };
        RecordPledgeDto: {
            /** @example germany-2020-11 */
            pledgeId: string;
            /** @example germany */
            donorId: string;
            /**
             * @description ISO 4217
             * @example EUR
             * @enum {string}
             */
            currency: "USD" | "EUR" | "GBP" | "SEK" | "NOK" | "CHF";
            /**
             * @description decimal string in the pledge currency, never a float
             * @example 3000000.00
             */
            amount: string;
            /**
             * Format: date
             * @example 2020-11-26
             */
            pledgedOn: string;
            /** @example announced at the 4th Regional Roadmap Coordination Meeting */
            note?: string | null;
        };
        RecordDepositDto: {
            /** @example sweden-1 */
            depositId: string;
            /** @example sweden */
            donorId: string;
            /**
             * @description the pledge this deposit pays in, if any
             * @example sweden-pledge-1
             */
            pledgeId?: string | null;
            /**
             * @description ISO 4217 currency of the contribution
             * @example SEK
             * @enum {string}
             */
            currency: "USD" | "EUR" | "GBP" | "SEK" | "NOK" | "CHF";
            /**
             * @description amount in the original currency (decimal string)
             * @example 7000000.00
             */
            amount: string;
            /**
             * @description USD equivalent booked by the Administrative Agent at the deposit date (authoritative)
             * @example 724300.00
             */
            usdAmount: string;
            /**
             * @description USD per unit of the currency, as published; checked against usdAmount. Omitted: derived as usdAmount / amount (10 decimals).
             * @example 0.10347
             */
            rate?: string | null;
            /**
             * Format: date
             * @description date of the rate
             * @example 2019-12-31
             */
            rateDate: string;
            /**
             * @description where the rate comes from (not blank)
             * @example MPTF Office
             */
            rateSource: string;
            /**
             * Format: date
             * @example 2019-12-31
             */
            depositedOn: string;
            /** @example date assumed: the seed gives none */
            note?: string | null;
        };
        MakeTransferDto: {
            /** @example transfer-1 */
            transferId: string;
            /** @example undp-evidence-rooms */
            projectId: string;
            /**
             * @description the project's participating organization
             * @example UNDP
             */
            recipient: string;
            /**
             * @description USD (decimal string), indirect costs included
             * @example 250000.00
             */
            usdAmount: string;
            /**
             * Format: date
             * @example 2021-01-15
             */
            transferredOn: string;
        };
        RecordRefundDto: {
            /** @example refund-1 */
            refundId: string;
            /** @example undp-evidence-rooms */
            projectId: string;
            /** @example UNDP */
            organization: string;
            /** @example 1200.00 */
            usdAmount: string;
            /**
             * Format: date
             * @example 2022-03-01
             */
            refundedOn: string;
            /** @example unspent balance at closure */
            reason: string;
        };
        RecordInterestDto: {
            /** @example interest-2020-fund */
            interestId: string;
            /**
             * @description "fund": interest the fund earned; UNDP or UNODC: interest a participating organization earned on funds transferred to it
             * @example fund
             * @enum {string}
             */
            earnedBy: "fund" | "UNDP" | "UNODC";
            /**
             * @description USD (decimal string)
             * @example 1520.35
             */
            usdAmount: string;
            /**
             * Format: date
             * @description The day the interest was credited (the end of the period it was earned over)
             * @example 2020-12-31
             */
            earnedOn: string;
            /** @example investment income 2020 */
            note?: string | null;
        };
        RefundContributorDto: {
            /** @example refund-to-norway-1 */
            refundId: string;
            /** @example norway */
            donorId: string;
            /**
             * @description USD (decimal string)
             * @example 10000.00
             */
            usdAmount: string;
            /**
             * Format: date
             * @example 2021-06-30
             */
            refundedOn: string;
            /** @example unprogrammed balance returned at the contributor's request */
            reason: string;
        };
        ProposeProjectDto: {
            /** @example undp-evidence-rooms */
            projectId: string;
            /** @example Upgrade of evidence rooms */
            title: string;
            /**
             * @description participating organization: UNDP or UNODC (the Secretariat never receives project funds)
             * @example UNDP
             * @enum {string}
             */
            leadOrganization: "UNDP" | "UNODC";
            /**
             * @description other organizations co-applying with the lead
             * @example [
             *       "INTERPOL"
             *     ]
             */
            coApplicants: string[];
            /**
             * @description Roadmap goals 1 to 7
             * @example [
             *       6,
             *       7
             *     ]
             */
            goals: number[];
            /**
             * @description the platform's jurisdiction codes (belgrade, …, chisinau), or "regional" for the whole region
             * @example [
             *       "belgrade"
             *     ]
             */
            jurisdictions: ("belgrade" | "podgorica" | "pristina" | "sarajevo" | "skopje" | "tirana" | "chisinau" | "regional")[];
            /**
             * @description USD budget (decimal string), indirect costs included
             * @example 500000.00
             */
            budgetUsd: string;
            /**
             * Format: date
             * @example 2020-10-01
             */
            proposedOn: string;
        };
        DecideOnProjectDto: {
            /**
             * @example approve
             * @enum {string}
             */
            decision: "approve" | "reject";
            /**
             * Format: date
             * @example 2020-12-10
             */
            decidedOn: string;
            /**
             * @description voting members present
             * @example [
             *       "Germany",
             *       "France",
             *       "European Union",
             *       "UNDP",
             *       "UNODC"
             *     ]
             */
            membersPresent: string[];
            /**
             * @description approved USD budget, at most the proposed one (default: the proposed one)
             * @example 480000.00
             */
            approvedBudgetUsd?: string | null;
            /**
             * @description required for a rejection
             * @example overlaps an existing project
             */
            reason?: string | null;
        };
        StartImplementationDto: {
            /**
             * Format: date
             * @example 2021-01-15
             */
            startedOn: string;
        };
        CompleteProjectDto: {
            /**
             * Format: date
             * @example 2022-06-30
             */
            completedOn: string;
        };
        GoalAllocationDto: {
            /** @example 6 */
            goal: number;
            /** @example 300000.00 */
            usd: string;
        };
        JurisdictionAllocationDto: {
            /** @example belgrade */
            jurisdiction: string;
            /** @example 300000.00 */
            usd: string;
        };
        GoalFundingDto: {
            /**
             * @description approved budgets
             * @example 300000.00
             */
            approvedUsd: string;
            /**
             * @description transferred to participating organizations
             * @example 214000.00
             */
            transferredUsd: string;
            /**
             * @description refunded by participating organizations
             * @example 4000.00
             */
            refundedUsd: string;
            /**
             * @description transferred less refunded
             * @example 210000.00
             */
            netTransferredUsd: string;
            /** @example 6 */
            goal: number;
        };
        JurisdictionFundingDto: {
            /**
             * @description approved budgets
             * @example 300000.00
             */
            approvedUsd: string;
            /**
             * @description transferred to participating organizations
             * @example 214000.00
             */
            transferredUsd: string;
            /**
             * @description refunded by participating organizations
             * @example 4000.00
             */
            refundedUsd: string;
            /**
             * @description transferred less refunded
             * @example 210000.00
             */
            netTransferredUsd: string;
            /** @example belgrade */
            jurisdiction: string;
        };
        GoalJurisdictionFundingDto: {
            /**
             * @description approved budgets
             * @example 300000.00
             */
            approvedUsd: string;
            /**
             * @description transferred to participating organizations
             * @example 214000.00
             */
            transferredUsd: string;
            /**
             * @description refunded by participating organizations
             * @example 4000.00
             */
            refundedUsd: string;
            /**
             * @description transferred less refunded
             * @example 210000.00
             */
            netTransferredUsd: string;
            /** @example 6 */
            goal: number;
            /** @example belgrade */
            jurisdiction: string;
        };
        FundingDto: {
            byGoal: components["schemas"]["GoalFundingDto"][];
            byJurisdiction: components["schemas"]["JurisdictionFundingDto"][];
            /** @description per goal within each jurisdiction a project names */
            byGoalAndJurisdiction: components["schemas"]["GoalJurisdictionFundingDto"][];
        };
        AllocationsDto: {
            /** @enum {string} */
            currency: "USD";
            /** @description approved USD by goal */
            byGoal: components["schemas"]["GoalAllocationDto"][];
            /** @description approved USD by jurisdiction */
            byJurisdiction: components["schemas"]["JurisdictionAllocationDto"][];
            note: string;
            /** @example 9300000.00 */
            allocatedToApprovedProjects: string;
            /** @description approved, transferred and refunded USD per goal, jurisdiction and both, as the service computes them from the projects */
            funding: components["schemas"]["FundingDto"];
        };
        OriginalCurrencyAmountDto: {
            /** @enum {string} */
            currency: "USD" | "EUR" | "GBP" | "SEK" | "NOK" | "CHF";
            /** @example 7000000.00 */
            amount: string;
            /** @example 724300.00 */
            usd: string;
        };
        ContributionYearDto: {
            /** @example 2019 */
            year: number;
            /** @example 724300.00 */
            usd: string;
            /** @description by currency deposited (currencies are never added together) */
            original: components["schemas"]["OriginalCurrencyAmountDto"][];
        };
        DepositAsBookedDto: {
            /** @example sweden-2019 */
            depositId: string;
            /**
             * @description the currency deposited
             * @enum {string}
             */
            currency: "USD" | "EUR" | "GBP" | "SEK" | "NOK" | "CHF";
            /**
             * @description the amount in the currency deposited
             * @example 7000000.00
             */
            amount: string;
            /**
             * @description the USD the Administrative Agent booked (authoritative)
             * @example 724300.00
             */
            usdAmount: string;
            /** @example 0.1034714286 */
            rate: string;
            /** @description true when the rate was derived from the amounts (none was given) */
            rateDerived: boolean;
            /**
             * Format: date
             * @example 2019-12-31
             */
            depositedOn: string;
        };
        DonorContributionsDto: {
            /** @example sweden */
            donorId: string;
            /** @example Sweden */
            donor: string;
            /** @example 724300.00 */
            usd: string;
            byYear: components["schemas"]["ContributionYearDto"][];
            deposits: components["schemas"]["DepositAsBookedDto"][];
        };
        ContributionsDto: {
            /** @enum {string} */
            currency: "USD";
            /** @description donors by USD deposited, most first */
            byDonor: components["schemas"]["DonorContributionsDto"][];
            /** @example 1560808.00 */
            depositedUsd: string;
        };
        CommitteeMemberDto: {
            /** @example Sweden */
            name: string;
            /** @example sweden */
            donorId?: string;
            /** @enum {string} */
            seat: "ex_officio" | "top_donor" | "participating_organization" | "observer" | "administrative_agent" | "secretariat";
            votes: boolean;
            reason: string;
        };
        LastRecompositionDto: {
            topDonors: string[];
            reason: string;
        };
        RecompositionDto: {
            /** @example netherlands-1 */
            causedByDepositId: string;
            /**
             * Format: date
             * @description the date of the deposit that changed the ranking
             */
            recomposedOn?: string;
            reason: string;
            /** @description top-donor seats after it, in rank order */
            topDonors: string[];
            previousTopDonors: string[];
            /** @description the committee after it, with the reason for every seat */
            members: components["schemas"]["CommitteeMemberDto"][];
        };
        SteeringCommitteeDto: {
            members: components["schemas"]["CommitteeMemberDto"][];
            votingMembers: string[];
            rule: string;
            lastRecomposition?: components["schemas"]["LastRecompositionDto"];
            /** @description every recomposition, oldest first */
            recompositions: components["schemas"]["RecompositionDto"][];
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
    TrustFundController_readFund: {
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
    TrustFundController_setFeeRates: {
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
                "application/json": components["schemas"]["SetFeeRatesDto"];
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
    TrustFundController_registerDonor: {
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
                "application/json": components["schemas"]["RegisterDonorDto"];
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
    TrustFundController_recordPledge: {
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
                "application/json": components["schemas"]["RecordPledgeDto"];
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
    TrustFundController_recordDeposit: {
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
                "application/json": components["schemas"]["RecordDepositDto"];
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
    TrustFundController_makeTransfer: {
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
                "application/json": components["schemas"]["MakeTransferDto"];
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
    TrustFundController_recordRefund: {
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
                "application/json": components["schemas"]["RecordRefundDto"];
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
    TrustFundController_recordInterest: {
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
                "application/json": components["schemas"]["RecordInterestDto"];
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
    TrustFundController_refundContributor: {
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
                "application/json": components["schemas"]["RefundContributorDto"];
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
    TrustFundController_readProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
    TrustFundController_propose: {
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
                "application/json": components["schemas"]["ProposeProjectDto"];
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
    TrustFundController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideOnProjectDto"];
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
    TrustFundController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartImplementationDto"];
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
    TrustFundController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body → same answer, one set of events */
                "Idempotency-Key"?: string;
                /** @description ETag of the state read; 409 when it changed since */
                "If-Match"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteProjectDto"];
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
    FundFiguresProjector_ledger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deposits by donor and year, interest (earned by the fund, received from participating organizations), refunds to contributors, pledges not deposited, fees, indirect costs, allocations, transfers, refunds, balance; and the statement line by line in the MPTF Office's words */
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
            /** @description No fund figures yet: nothing has been recorded */
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
    FundFiguresProjector_allocations: {
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
                    "application/json": components["schemas"]["AllocationsDto"];
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
            /** @description No fund figures yet: nothing has been recorded */
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
    FundFiguresProjector_contributions: {
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
                    "application/json": components["schemas"]["ContributionsDto"];
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
            /** @description No fund figures yet: nothing has been recorded */
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
    FundFiguresProjector_pipeline: {
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
            /** @description No fund figures yet: nothing has been recorded */
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
    FundFiguresProjector_committee: {
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
                    "application/json": components["schemas"]["SteeringCommitteeDto"];
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
            /** @description No fund figures yet: nothing has been recorded */
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

// Generated from the API document by `npm run api-client:generate`; do not edit.
/* eslint-disable */
export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Signs a staff member in and returns a bearer access token; also sets an HTTP-only session cookie for `/codec` only. Limited per username and address (429). */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who the presented credentials stand for: actor, role, kind and how they were proven. */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ends every session and API key of the caller at once (their token version rises); sign in again afterwards. */
        post: operations["Auth_signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{code}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Admins: sets the username and password a staff member signs in with (the password is stored as a scrypt hash). */
        put: operations["AdminCredentials_setCredentials"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{code}/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Admins: ends every session and API key of a staff member at once, e.g. after a lost phone. */
        post: operations["AdminCredentials_signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Admins: every API key with its role, actor and last use, never the key itself. */
        get: operations["AdminCredentials_listApiKeys"];
        put?: never;
        /** @description Admins: creates an API key for an integration or a department system; the key is shown once, only its hash is stored. */
        post: operations["AdminCredentials_createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Admins: revokes an API key; it is refused (401) from then on. */
        delete: operations["AdminCredentials_revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Liveness: the API process answers. No credentials needed. */
        get: operations["Health_live"];
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
        /** @description Readiness: 200 when PostgreSQL answers, Temporal answers and a worker polls the task queue; 503 naming the failing part otherwise. No credentials needed. */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Lists complaints from the read model with the customer name and the next SLA deadline on each row, newest first or by next deadline (`sort`); filtered by classification (C-2), status, category, agent, customer, escalation level, SLA breach, registration range (`from`/`to`) and free text `q` (case number, customer number, name or phone, product reference). Agents see their own cases. */
        get: operations["Complaints_list"];
        put?: never;
        /** @description Registers a case (C-1) classified as a repair, consultation or complaint (C-2, default complaint) and starts its workflow; the agent is assigned by skill and load. With `Idempotency-Key`, a retry returns the same case with 200. */
        post: operations["Complaints_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The same list as `GET /complaints`, with the terms in the body, so that a name or phone number in `q` stays out of URLs and access logs. */
        post: operations["Complaints_searchByBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A complaint as last recorded (the read model, with its `stateVersion` and `ETag`; never waits for the worker): status, owner, escalation level, SLA deadlines with remaining business time, department forwarding and timeline. `live=true` asks the workflow itself and answers 503 when it cannot within 3 s. */
        get: operations["Complaints_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Cancels a complaint with a reason; possible until it is resolved. */
        post: operations["Complaints_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Supervisors and up: hands the complaint to another agent; the workflow learns its new owner. */
        post: operations["Complaints_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a call with the customer; the first contact stops the first-contact clock (C-3), later ones are logged (C-13). */
        post: operations["Complaints_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/wait-for-customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The case waits for the customer: the SLA clock stops until resume or the next contact. */
        post: operations["Complaints_waitForCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The customer answered: the SLA clock runs again. */
        post: operations["Complaints_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Resolves the complaint with a remedy (C-10); `refund` or `replace` with a `returnRequest` opens a pre-agreed return as its child. */
        post: operations["Complaints_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records the satisfaction call (C-8): a score of 3 or more closes the case, 2 or less reopens it; unreached three times closes it as unreached. */
        post: operations["Complaints_satisfaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Reopens a resolved complaint with a reason. */
        post: operations["Complaints_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds a note to the case timeline (C-13). */
        post: operations["Complaints_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Asks to hand the case to the quality department (C-4); a supervisor or above confirms. */
        post: operations["Complaints_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/confirm-forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Supervisors and up: confirm the forwarding (C-7); the quality department is asked and the SLA clock stops while it works. */
        post: operations["Complaints_confirmForward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/negative-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Negative reviews (C-15), newest first, by status, platform and recording date range; without the text. */
        get: operations["NegativeReviews_list"];
        put?: never;
        /** @description Records a negative review (C-15): platform, order, rating and the buyer's words (stored encrypted); the same platform and order again returns the first (200). */
        post: operations["NegativeReviews_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/negative-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One negative review with the buyer's words, its handler, contact date, remedy and progress (C-15). */
        get: operations["NegativeReviews_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/negative-reviews/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The buyer was contacted (C-15): the date, the caller as handler, and whether the item was used. */
        post: operations["NegativeReviews_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/negative-reviews/{id}/remedy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Offers the remedy (C-15): return or exchange for an unused item, otherwise a VIP upgrade, a gift or free shipping on the next order. */
        post: operations["NegativeReviews_offerRemedy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/negative-reviews/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Closes a negative review with its outcome (review revised, kept, buyer unreachable). */
        post: operations["NegativeReviews_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Admins: the latest version of each SLA policy (every version with `all=true`). */
        get: operations["SlaPolicies_list"];
        put?: never;
        /** @description Admins: creates version 1 of a new SLA policy code. */
        post: operations["SlaPolicies_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sla-policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Admins: the latest version of an SLA policy and every earlier one. */
        get: operations["SlaPolicies_get"];
        /** @description Admins: adds a version of an SLA policy; running complaints keep the version they started with. */
        put: operations["SlaPolicies_addVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The latest version of each business calendar, with warnings for years whose holiday schedule is missing (C-3, C-5). */
        get: operations["Calendars_list"];
        put?: never;
        /** @description Admins: creates version 1 of a business calendar: time zone, working hours per weekday and dated exceptions. */
        post: operations["Calendars_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One calendar version (the latest unless `version` is given), its days optionally limited to one `year`. */
        get: operations["Calendars_get"];
        /** @description Admins: writes a new version of a calendar; running cases keep the version they started with. */
        put: operations["Calendars_addVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{code}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Admins: imports a year's holidays and adjusted working days from an iCalendar file or a JSON list, as a new version. */
        post: operations["Calendars_importSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The returns register (R-7) from the read model, newest first; agents see their own
         * @description The returns register (R-7) from the read model, newest first, filtered by status, type, source, problem type, customer, handler and date.
         */
        get: operations["Returns_list"];
        put?: never;
        /**
         * Register a refund, return or exchange request (R-1, R-7, R-9)
         * @description Registers a refund-only, return-and-refund or exchange request (R-1, R-7) and starts its workflow; a no-reason return outside seven days or for excluded goods is refused (R-9). With `Idempotency-Key`, a retry returns the same request with 200.
         */
        post: operations["Returns_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request as last recorded (or live with live=true): status, parcels, inspection, refund, deadlines, timeline
         * @description A request as last recorded (the read model, with its `stateVersion` and `ETag`): status, parcels with courier events, inspection, refund, exchange, damage claims, pending timeouts and timeline. `live=true` asks the workflow itself and answers 503 when it cannot within 3 s.
         */
        get: operations["Returns_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-2: the seller agrees
         * @description The seller agrees to the request (R-2).
         */
        post: operations["Returns_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-2: reject for the buyer to modify; once shipped, ask for a correction. R-3: a no-reason return cannot be rejected while requested
         * @description The seller rejects the request for the buyer to modify (R-2); a no-reason return cannot be rejected before the buyer ships (R-3).
         */
        post: operations["Returns_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-1: the buyer's modification of a rejected request
         * @description Entered for the buyer: the modification of a rejected request (R-1).
         */
        post: operations["Returns_modify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-4: the buyer's courier and waybill; tracked with the courier from now on (L-1)
         * @description Entered for the buyer: courier and waybill of the returned goods; tracked with the courier from now on (R-4, L-1).
         */
        post: operations["Returns_ship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-4: the seller confirms receipt of the returned goods
         * @description The seller confirms receipt of the returned goods (R-4).
         */
        post: operations["Returns_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-5, R-6: the warehouse's return-detail sheet; refund or replacement follows from it
         * @description The warehouse inspection (R-5, R-6): resellable or not, quality problem or not; the refund or the replacement follows from it.
         */
        post: operations["Returns_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/pay-shipping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-6: the customer paid the replacement's shipping; finance confirms it, then the replacement ships
         * @description Entered for the buyer: the replacement shipping fee was paid (R-6); finance confirms it, then the replacement ships.
         */
        post: operations["Returns_payShipping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/retry-refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-4: ask finance again for a failed refund, under the same idempotency key
         * @description Asks finance again for a failed refund under the same idempotency key, so nothing is paid twice (R-4).
         */
        post: operations["Returns_retryRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/refund-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * R-1, R-4: a finance person confirms a refund above the policy threshold; then finance is asked to pay
         * @description Finance role only: confirms a refund above the return policy's `refundConfirmationAboveFen`; then finance is asked to pay, once, under the refund's idempotency key (R-1, R-4). The timeline names who confirmed.
         */
        post: operations["Returns_confirmRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the request before any goods are on their way
         * @description Entered for the buyer: withdraws the request before any goods are on their way.
         */
        post: operations["Returns_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/damage-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * L-3: the damage register: every damage or loss claim filed with the courier, newest first
         * @description The damage register (L-3): damage and loss claims filed with the courier, newest first.
         */
        get: operations["DamageClaims_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/return-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Admins: the latest version of each return policy (R-8 timeouts). */
        get: operations["ReturnPolicies_list"];
        put?: never;
        /** @description Admins: creates version 1 of a new return policy code. */
        post: operations["ReturnPolicies_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/return-policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Admins: the latest version of a return policy and every earlier one. */
        get: operations["ReturnPolicies_get"];
        /** @description Admins: adds a version of a return policy; running requests keep theirs; `default` must stay active. */
        put: operations["ReturnPolicies_addVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts-shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The warehouse and the back office: parts shipments, newest first, by shipping date range and result (L-5). */
        get: operations["PartsShipments_list"];
        put?: never;
        /** @description The warehouse and the back office: records a parts shipment by its waybill (L-5) once stock, the address and contact and, for chargeable parts, the payment are confirmed (L-4; refused with 409 naming the failed check, nothing recorded); the customer is told the courier and waybill by SMS. The same waybill with the same parts again returns the first (200). */
        post: operations["PartsShipments_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts-shipments/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The warehouse and the back office: records what a correction or complaint found: a wrong or missing part (or correct after all); counted in the L-5 KPI. */
        post: operations["PartsShipments_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A complaint's attachments
         * @description A complaint's attachments, oldest first, for whoever may read the complaint (agents: their own).
         */
        get: operations["ComplaintAttachments_list"];
        put?: never;
        /**
         * Attach a file (image or PDF) to a complaint
         * @description Attaches an image (JPEG, PNG, WebP) or a PDF to a complaint as multipart `kind` and `file`; the type is read from the content, the size limited (413), the name kept encrypted. The same file of the same kind again answers 200 with the earlier attachment.
         */
        post: operations["ComplaintAttachments_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one attachment of a complaint
         * @description Downloads one attachment of a complaint with its content type, for whoever may read the complaint.
         */
        get: operations["ComplaintAttachments_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseNo}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * C-14: the archive of a closed complaint (ZIP: summary.pdf and the attachments)
         * @description C-14: the archive of a closed complaint: one ZIP with `summary.pdf` (timeline, department report, remedy) and every attachment, produced once when the case closed.
         */
        get: operations["ComplaintAttachments_archive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A return's attachments
         * @description A return's attachments, oldest first, for whoever may read the return (agents: their own).
         */
        get: operations["ReturnAttachments_list"];
        put?: never;
        /**
         * Attach a file (image or PDF) to a return: photos, waybill copy, sender ID copy, return-detail sheet
         * @description Attaches an image or a PDF to a return (damage photos, waybill copy, sender ID copy, return-detail sheet) as multipart `kind` and `file`; ID copies are encrypted at rest. A damage claim waiting for documents looks again at once (L-2).
         */
        post: operations["ReturnAttachments_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one attachment of a return
         * @description Downloads one attachment of a return with its content type, for whoever may read the return.
         */
        get: operations["ReturnAttachments_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/returns/{returnNo}/damage-claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * L-2: the return's damage or loss claims with their content and documents
         * @description L-2: the return's damage or loss claims: the content with every required item, the documents attached, what is missing and by when.
         */
        get: operations["ReturnAttachments_damageClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Staff with skills, VIP service, capacity, status, delegate, department, contacts and load; filtered by role, status, department, skill and VIP service. */
        get: operations["Staff_list"];
        put?: never;
        /** @description Admins: adds a staff member. */
        post: operations["Staff_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One staff member with skills, status, delegate, department, contacts and load. */
        get: operations["Staff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Supervisors and up: changes skills, VIP service, capacity, department and contacts. */
        patch: operations["Staff_update"];
        trace?: never;
    };
    "/staff/{code}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Supervisors and up: marks a staff member absent (with a delegate), departed or active; open cases and customers move (A-7). */
        put: operations["Staff_setStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Departments with their contacts. */
        get: operations["Departments_list"];
        put?: never;
        /** @description Admins: adds a department. */
        post: operations["Departments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A department with its contacts and staff. */
        get: operations["Departments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Admins: changes a department’s name and contacts. */
        patch: operations["Departments_update"];
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Searches customer files (A-3) by file date, name, organisation, phone, serial/VIN, plate, tier, agent and completeness; newest first. */
        get: operations["Customers_search"];
        put?: never;
        /** @description Creates a customer file (A-1) with products; the agent is chosen by load, VIPs go to VIP agents, partners and group-buy customers stay with who brought them in (A-5); settles an A-2 file event when given. */
        post: operations["Customers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The same search as `GET /customers` (A-3), with the terms in the body, so that names and phone numbers stay out of URLs and access logs. */
        post: operations["Customers_searchByBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A customer file with products, A-4 completeness, service history (complaints, returns, follow-ups) and A-2 events. */
        get: operations["Customers_get"];
        put?: never;
        post?: never;
        /** @description Admins: removes a customer file without service history, with its products. */
        delete: operations["Customers_remove"];
        options?: never;
        head?: never;
        /** @description Changes a customer file (A-8): applied at once and audited by field name. */
        patch: operations["Customers_update"];
        trace?: never;
    };
    "/customers/{customerNo}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds a product to a customer file; serial/VIN and plate are stored upper-case without spaces. */
        post: operations["Customers_addProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerNo}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes a product that no follow-up plan or call refers to. */
        delete: operations["Customers_removeProduct"];
        options?: never;
        head?: never;
        /** @description Changes a product of a customer file. */
        patch: operations["Customers_updateProduct"];
        trace?: never;
    };
    "/customer-file-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description File events by responsible staff member, hand-over status and due date (A-2, K-8). */
        get: operations["CustomerFileEvents_list"];
        put?: never;
        /** @description Records a sale, delivery, repair, visit or deal that owes a file entry (A-2: within 2 days, 3 for a deal). */
        post: operations["CustomerFileEvents_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-file-events/{id}/filed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The file entry of an event is made now: on time or late (K-8). */
        post: operations["CustomerFileEvents_filed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: every monthly and yearly summary (K-7) with its status, without the text. */
        get: operations["SupervisorSummaries_list"];
        put?: never;
        /** @description Supervisors and up: drafts the monthly (`2026-11`) or yearly (`2026`) summary of after-sales work from the data (K-7): volumes, KPIs against targets, top causes, key-part defects and alerts, late hand-overs; one per period (asking again returns it, 200). */
        post: operations["SupervisorSummaries_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/summaries/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: one summary (K-7) with its Markdown text; `?format=markdown` or `Accept: text/markdown` downloads the text. */
        get: operations["SupervisorSummaries_get"];
        /** @description Supervisors and up: replaces the text of a draft summary (K-7); a filed summary cannot change (409). */
        put: operations["SupervisorSummaries_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/summaries/{period}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Supervisors and up: files the summary (K-7); from then on it cannot change. */
        post: operations["SupervisorSummaries_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/complaints/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: complaints per week by category, cause, product, department and classification (C-11, C-2), and the negative reviews recorded (C-15); JSON or CSV. */
        get: operations["Reports_weekly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/complaints/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: the monthly complaint report (C-11); JSON or CSV. */
        get: operations["Reports_monthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: follow-up counts by tier and outcome per day, week or month (F-12); JSON or CSV. */
        get: operations["Reports_followUpCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: the KPIs, each beside its target (K-1..K-5, K-8, C-5, A-4, L-5 parts shipping accuracy); JSON or CSV. */
        get: operations["Reports_kpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: the monthly scorecard of each agent (K-6); JSON or CSV. */
        get: operations["Reports_agents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/file-completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: customer-file completeness overall, by region and by agent (A-4); JSON or CSV. */
        get: operations["Reports_completeness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/file-hand-overs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: file entries due, late and overdue per staff member (A-2, K-8); JSON or CSV. */
        get: operations["Reports_fileHandOvers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Lists follow-up plans newest first, filtered by customer, agent, trigger, status and a range of days a call falls due, with call counts and the next call. Agents see their own plans. */
        get: operations["FollowUpList_list"];
        put?: never;
        /** @description Makes a follow-up plan for a trigger; its calls come from the follow-up policy (F-1, F-2, A-6, F-8). With `Idempotency-Key`, a retry returns the same plan with 200. */
        post: operations["FollowUps_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A plan as last recorded (the read model, with its `stateVersion` and `ETag`): calls with due time, window, attempts, script, linked complaint and lead, timeline. `live=true` asks the workflow itself and answers 503 when it cannot within 3 s. */
        get: operations["FollowUps_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{planId}/calls/{callId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a call attempt with its outcome, the script’s answers and the score (F-9, F-12); a low score registers a complaint (F-10), purchase intent goes to sales (F-11). */
        post: operations["FollowUps_recordAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{planId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Supervisors and up: cancels the remaining calls of a plan. */
        post: operations["FollowUps_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{planId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Supervisors and up: moves the open calls of a plan to another staff member (A-7). */
        post: operations["FollowUps_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Open follow-up calls due by the end of a date (Asia/Shanghai; overdue ones included) or falling due within a `from`–`to` range, earliest first, with customer, products, the customer’s local time, whether a call is allowed now (F-5) and the script (F-9). Agents see their own. */
        get: operations["Worklist_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Supervisors and up: every queued message (SMS, e-mail, letters, staff inbox), newest first. */
        get: operations["Outbox_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The caller’s staff inbox: messages addressed to them or to their role’s inbox (escalations, satisfaction calls due, missed calls), newest first, with read/unread per person; `unread=true` for the unread ones. */
        get: operations["Inbox_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Marks one message of the caller’s inbox read; idempotent. 404 for a message that is not in their inbox. */
        post: operations["Inbox_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/{id}/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Marks one message of the caller’s inbox unread again, for them only. 404 for a message that is not in their inbox. */
        post: operations["Inbox_markUnread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-up-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Admins: the latest version of each follow-up policy. */
        get: operations["FollowUpPolicies_list"];
        put?: never;
        /** @description Admins: creates version 1 of a new follow-up policy code. */
        post: operations["FollowUpPolicies_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-up-policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Admins: the latest version of a follow-up policy and every earlier one. */
        get: operations["FollowUpPolicies_get"];
        /** @description Admins: adds a version of a follow-up policy; running plans keep theirs, the next sample and care runs use it; `default` stays active. */
        put: operations["FollowUpPolicies_addVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every customer message template (SMS, letter) by key, channel and language, with the variables each may use; Chinese is the default language. */
        get: operations["MessageTemplates_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/message-templates/{key}/{channel}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Admins: words one customer message in one channel and language; a text using a variable the message does not declare, or showing a rule id, is refused with 400 naming the field. */
        put: operations["MessageTemplates_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Supervisors and up: an event (service day, product recall) for chosen customers; each gets an invitation call due two weeks before (on the worklist), then a letter (F-8). With `Idempotency-Key`, a retry returns the same event with 200. */
        post: operations["CustomerEvents_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/department-callbacks/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A department's answer to a request (see README, Department protocol)
         * @description A department’s answer to a long request, signed with its shared secret (no bearer token): the first valid answer is applied, the same again is a duplicate, a different one a conflict.
         */
        post: operations["DepartmentCallbacks_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encrypt payloads with the active key
         * @description Supervisors and up (bearer or the `/codec` session cookie): encrypts payloads with the active key, as the Temporal UI asks.
         */
        post: operations["Codec_encode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decrypt payloads, e.g. for the Temporal UI
         * @description Supervisors and up (bearer or the `/codec` session cookie): decrypts payloads for the Temporal UI; `{}` (no payloads) answers an empty list.
         */
        post: operations["Codec_decode"];
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
        LoginDto: {
            /** @example admin */
            username: string;
            password: string;
        };
        LoginResponseDto: {
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /** Format: date-time */
            expiresAt: string;
            /** @example AG-001 */
            staffCode: string;
            /** @enum {string} */
            role: "agent" | "warehouse" | "finance" | "supervisor" | "manager" | "gm_office" | "admin" | "department";
        };
        WhoAmIDto: {
            /**
             * @description Staff code, or the department name of a department system
             * @example AG-001
             */
            actor: string;
            /** @enum {string} */
            role: "agent" | "warehouse" | "finance" | "supervisor" | "manager" | "gm_office" | "admin" | "department";
            /** @enum {string} */
            kind: "staff" | "department";
            /**
             * @description How the caller proved who it is
             * @enum {string}
             */
            via: "token" | "api-key" | "cookie";
        };
        SessionsEndedDto: {
            /** @example AG-001 */
            code: string;
            /** @description API keys acting for the person that were revoked with the sessions */
            keysRevoked: number;
        };
        SetCredentialsDto: {
            /** @example lina */
            username: string;
            password: string;
        };
        CreateApiKeyDto: {
            /** @example quality department system */
            name: string;
            /** @enum {string} */
            role: "agent" | "warehouse" | "finance" | "supervisor" | "manager" | "gm_office" | "admin" | "department";
            /**
             * @description Staff code or department name the key acts as
             * @example quality
             */
            actor: string;
        };
        CreatedApiKeyDto: {
            id: string;
            /** @description Shown once; only a hash is stored */
            key: string;
        };
        ApiKeyDto: {
            /** @example k3j9x0q2m1ab */
            id: string;
            /** @example quality department system */
            name: string;
            /** @enum {string} */
            role: "agent" | "warehouse" | "finance" | "supervisor" | "manager" | "gm_office" | "admin" | "department";
            /** @example quality */
            actor: string;
            /** @example ADM-001 */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        LivenessDto: {
            /** @enum {string} */
            status: "ok";
        };
        DependencyCheckDto: {
            up: boolean;
            /** @example PostgreSQL answers */
            detail: string;
        };
        MissingScheduleDto: {
            /** @example cn-working-hours */
            code: string;
            /** @example 1 */
            version: number;
            /**
             * @example [
             *       2027
             *     ]
             */
            missingYears: number[];
            /** @example Calendar cn-working-hours v1 has no holiday schedule for 2027 */
            warning: string;
        };
        CalendarCheckDto: {
            /** @example every calendar has its holiday schedule for this year and the next */
            detail: string;
            missingSchedules: components["schemas"]["MissingScheduleDto"][];
        };
        ReadinessDto: {
            ready: boolean;
            database: components["schemas"]["DependencyCheckDto"];
            temporal: components["schemas"]["DependencyCheckDto"];
            worker: components["schemas"]["DependencyCheckDto"];
            /** @description Calendars missing this or next year's holiday schedule */
            calendars: components["schemas"]["CalendarCheckDto"];
        };
        CreateComplaintDto: {
            /**
             * @description Customer file number
             * @example CU-000002
             */
            customerNo: string;
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "shop" | "in_person";
            /**
             * @description C-2: repair, consultation or complaint, before the category; counted apart in the reports
             * @default complaint
             * @enum {string}
             */
            classification?: "repair" | "consultation" | "complaint";
            /** @enum {string} */
            category: "quality" | "service" | "logistics" | "billing" | "other";
            /** @enum {string} */
            severity: "low" | "normal" | "high" | "critical";
            /** @example Controller stopped working after two weeks */
            description: string;
            /**
             * @description Product serial/VIN or order number
             * @example SN-EB2026-000123
             */
            productRef?: string;
            /** @description C-9: product quality, packaging defect or malicious competition; the supervisor is told at once */
            majorInformation?: boolean;
            /**
             * @description C-12: the key part found defective
             * @enum {string}
             */
            keyPart?: "motor" | "controller" | "battery" | "axle" | "frame" | "brake" | "other";
        };
        ComplaintCreatedDto: {
            /** @example CP-20261124-0001 */
            caseNo: string;
            /** @example complaint-CP-20261124-0001 */
            workflowId: string;
            /**
             * @description false when an Idempotency-Key retry returned the earlier case (status 200)
             * @example true
             */
            created: boolean;
        };
        ComplaintSummaryDto: {
            /** @example CP-20261124-0001 */
            caseNo: string;
            /** @example complaint-CP-20261124-0001 */
            workflowId: string;
            /** @example assigned */
            status: string;
            /**
             * @description C-2: repair, consultation or complaint
             * @enum {string}
             */
            classification: "repair" | "consultation" | "complaint";
            /** @example quality */
            category: string | null;
            /** @example high */
            severity: string | null;
            /** @example AG-001 */
            assignedAgent: string | null;
            escalationLevel: number;
            /** @example CU-000123 */
            customerNo: string;
            /**
             * @description From the customer file; only cases the caller may see are listed
             * @example 张三
             */
            customerName: string;
            /**
             * Format: date-time
             * @description The earliest pending SLA deadline; null while the clock is paused or the case is over
             */
            nextDeadlineAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ComplaintListDto: {
            items: components["schemas"]["ComplaintSummaryDto"][];
            total: number;
        };
        ListComplaintsQuery: {
            /**
             * @description Page size
             * @default 50
             */
            limit?: number;
            /**
             * @description Items to skip
             * @default 0
             */
            offset?: number;
            /**
             * @description C-2: rows from before the classification count as complaint
             * @enum {string}
             */
            classification?: "repair" | "consultation" | "complaint";
            /**
             * @description Registered at or after (inclusive)
             * @example 2026-11-01T00:00:00+08:00
             */
            from?: string;
            /**
             * @description Registered before (exclusive)
             * @example 2026-12-01T00:00:00+08:00
             */
            to?: string;
            /**
             * @description Free text: part of the case number, the customer number, the customer name (any part from 3 characters, else its beginning), the phone (7+ digits from the start, 4-6 as the last digits), the beginning of the product/order reference, or words of the description (from 2 letters or digits; case, spaces and punctuation ignored: a case matches when it holds every pair of neighbouring characters of the text). The description is searched through keyed tokens (a blind index) and is never stored in clear. Send names, phones and descriptions with POST /complaints/search.
             * @example 异响
             */
            q?: string;
            /**
             * @description newest first (when omitted), or the next SLA deadline first (cases without one last)
             * @enum {string}
             */
            sort?: "newest" | "next_deadline";
            /** @enum {string} */
            status?: "registered" | "assigned" | "contacted" | "forwarded" | "department_answered" | "department_timed_out" | "resolved" | "satisfaction_confirmed" | "reopened" | "closed" | "cancelled";
            /** @example AG-001 */
            agent?: string;
            /** @enum {string} */
            category?: "quality" | "service" | "logistics" | "billing" | "other";
            /** @description 0 agent, 1 supervisor, 2 manager, 3 GM office */
            escalationLevel?: number;
            /** @description Only complaints that missed (true) or met so far (false) an SLA target */
            breached?: boolean;
            /** @example CU-000001 */
            customer?: string;
        };
        /** @enum {string} */
        ComplaintStatus: "registered" | "assigned" | "contacted" | "forwarded" | "department_answered" | "department_timed_out" | "resolved" | "satisfaction_confirmed" | "reopened" | "closed" | "cancelled";
        /** @enum {string} */
        ComplaintCategory: "quality" | "service" | "logistics" | "billing" | "other";
        /** @enum {string} */
        ComplaintSeverity: "low" | "normal" | "high" | "critical";
        RemedyReturnViewDto: {
            returnNo: string | null;
            /** @enum {string} */
            type: "refund_only" | "return_and_refund" | "exchange";
            /** @enum {string} */
            status: "opening" | "running" | "requested" | "agreed" | "rejected" | "buyer_shipped" | "received" | "inspected" | "refund_pending" | "refunded" | "replacement_shipped" | "delivered" | "closed" | "cancelled";
            result: string | null;
        };
        SatisfactionViewDto: {
            score: number | null;
            comment: string | null;
            attempts: number;
            /** Format: date-time */
            callDueAt?: string | null;
            /**
             * Format: date-time
             * @description After no answer: the next attempt, in the customer's call hours (F-5); an unanswered attempt before it is refused (409)
             */
            nextAttemptAt?: string | null;
        };
        SlaDeadlineDto: {
            /** @example first_contact */
            target: string;
            /** Format: date-time */
            at: string;
            /** @description Business time left, in milliseconds */
            remainingBusinessMs?: number;
        };
        SlaViewDto: {
            /** @example quality v1 */
            policy: string;
            /** @example 24x7 */
            calendar: string;
            /**
             * @description The calendar version the case keeps for life (C-3, C-5); null on 24x7
             * @example 1
             */
            calendarVersion: number | null;
            /** @example Asia/Shanghai */
            timeZone: string;
            paused: boolean;
            pausedReason: string | null;
            deadlines: components["schemas"]["SlaDeadlineDto"][];
            /**
             * @example [
             *       "first_contact"
             *     ]
             */
            breached: string[];
        };
        DepartmentAnswerDto: {
            cause: string;
            correctiveActions: string[];
            preventiveActions: string[];
        };
        DepartmentViewDto: {
            /** @enum {string} */
            department: "quality";
            /** @enum {string} */
            status: "awaiting_confirmation" | "waiting" | "answered" | "refused" | "timed_out";
            requestedBy: string;
            note: string;
            confirmedBy: string | null;
            answer: components["schemas"]["DepartmentAnswerDto"] | null;
            reason: string | null;
            round: number;
        };
        FollowUpCallLinkDto: {
            /** @example FU-20261124-0001 */
            planId: string;
            /** @example FU-20261124-0001-7dc */
            callId: string;
            /**
             * @description The attempt on which the customer said so
             * @example 1
             */
            attemptNo: number;
        };
        DataProblemDto: {
            /** @enum {string} */
            code: "DATA_NOT_STORABLE";
            /**
             * @description The SQLSTATE PostgreSQL answered; never the value
             * @example 22021
             */
            sqlState: string;
            /**
             * @description The step that could not store the case
             * @example recordCaseState
             */
            step: string;
        };
        TimelineEntryDto: {
            /** Format: date-time */
            at: string;
            event: string;
            by: string;
            note?: string;
        };
        ComplaintDetailDto: {
            /** @example CP-20261124-0001 */
            caseNo: string;
            status: components["schemas"]["ComplaintStatus"];
            category: components["schemas"]["ComplaintCategory"];
            severity: components["schemas"]["ComplaintSeverity"];
            /** @example CU-000123 */
            customerNo: string;
            assignedAgent: string | null;
            escalationLevel: number;
            stateVersion: number;
            /**
             * @example repair
             * @enum {string|null}
             */
            remedy: "repair" | "replace" | "refund" | "compensation" | "explanation" | null;
            /** @description C-10: the return request a refund or replacement runs as */
            remedyReturn?: components["schemas"]["RemedyReturnViewDto"] | null;
            satisfaction: components["schemas"]["SatisfactionViewDto"] | null;
            /**
             * @description SLA clock: policy, whether paused, pending deadlines (with remaining business time) and breached targets
             * @example {
             *       "policy": "quality v1",
             *       "calendar": "24x7",
             *       "calendarVersion": null,
             *       "timeZone": "Asia/Shanghai",
             *       "paused": false,
             *       "pausedReason": null,
             *       "deadlines": [
             *         {
             *           "target": "first_contact",
             *           "at": "2026-11-25T09:00:00.000Z",
             *           "remainingBusinessMs": 3600000
             *         }
             *       ],
             *       "breached": []
             *     }
             */
            sla: components["schemas"]["SlaViewDto"] | null;
            /**
             * @description C-4/C-7: forwarding to the quality department and its answer
             * @example {
             *       "department": "quality",
             *       "status": "answered",
             *       "requestedBy": "AG-001",
             *       "note": "batch 2611 solder joints",
             *       "confirmedBy": "MGR-001",
             *       "reason": null,
             *       "round": 1,
             *       "answer": {
             *         "cause": "solder joint",
             *         "correctiveActions": [
             *           "rework batch"
             *         ],
             *         "preventiveActions": [
             *           "AOI check"
             *         ]
             *       }
             *     }
             */
            department: components["schemas"]["DepartmentViewDto"] | null;
            /** @description F-10: the follow-up call (plan, call, attempt) whose dissatisfied customer started the complaint */
            fromFollowUpCall?: components["schemas"]["FollowUpCallLinkDto"] | null;
            /** @description Case data the database refused: the read model cannot hold the case until staff correct it */
            dataProblem?: components["schemas"]["DataProblemDto"] | null;
            timeline: components["schemas"]["TimelineEntryDto"][];
            /**
             * @description Reads only: `read_model` (the case as recorded at `stateVersion`) or `workflow` (`?live=true`, or a case not recorded yet)
             * @enum {string}
             */
            readFrom?: "read_model" | "workflow";
        };
        CancelComplaintDto: {
            /** @example Customer withdrew the complaint */
            reason: string;
        };
        ReassignComplaintDto: {
            /** @example AG-002 */
            agent: string;
            /** @example AG-001 is on leave */
            reason?: string;
        };
        ContactComplaintDto: {
            /** @example Called the customer; motor noise confirmed, photos requested */
            summary: string;
        };
        WaitForCustomerDto: {
            /** @example Customer withdrew the complaint */
            reason: string;
        };
        ReturnItemDto: {
            /** @example EB-200 */
            sku: string;
            /** @example 1 */
            quantity: number;
        };
        RemedyReturnRequestDto: {
            /**
             * @description For a refund: are the goods sent back? A replacement is always an exchange.
             * @enum {string}
             */
            type?: "refund_only" | "return_and_refund";
            /** @example SO-20261120-0042 */
            orderRef: string;
            items: components["schemas"]["ReturnItemDto"][];
            /**
             * @description In fen: refunded, or the value of the goods replaced
             * @example 25900
             */
            amountFen: number;
        };
        ResolveComplaintDto: {
            /**
             * @description C-10: repair, replacement or refund, or compensation / an explanation
             * @enum {string}
             */
            remedy: "repair" | "replace" | "refund" | "compensation" | "explanation";
            /** @example Motor replaced under warranty at the Hangzhou service point */
            summary: string;
            /**
             * @description Required for refund and replace (C-10): the complaint starts a return request and waits for it
             * @example {
             *       "type": "refund_only",
             *       "orderRef": "SO-20261120-0042",
             *       "items": [
             *         {
             *           "sku": "EB-200",
             *           "quantity": 1
             *         }
             *       ],
             *       "amountFen": 25900
             *     }
             */
            returnRequest?: components["schemas"]["RemedyReturnRequestDto"];
        };
        SatisfactionDto: {
            /** @description Whether the customer answered the satisfaction call */
            reached: boolean;
            /** @description Required when reached; 2 or less reopens the case (C-8) */
            score?: number;
            /** @example Fixed quickly, thanks */
            comment?: string;
        };
        ReopenComplaintDto: {
            /** @example Customer withdrew the complaint */
            reason: string;
        };
        NoteDto: {
            /** @example Customer asked for a call after 18:00 */
            text: string;
        };
        ForwardComplaintDto: {
            /** @example Motor failure on three units of one batch; needs a root-cause investigation */
            note: string;
        };
        RecordNegativeReviewDto: {
            /** @enum {string} */
            platform: "taobao" | "tmall" | "jd" | "pinduoduo" | "douyin" | "own_shop" | "other";
            /**
             * @description The order on the platform; one review per platform and order
             * @example TB-20261120-778812
             */
            orderNo: string;
            /** @example 1 */
            rating: number;
            /**
             * @description The buyer's words; stored encrypted
             * @example 电池用了一周就不充电了
             */
            text: string;
            /**
             * @description The customer file, when the buyer is known
             * @example CU-000123
             */
            customerNo?: string;
        };
        ReviewProgressDto: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            event: "recorded" | "contacted" | "remedy_offered" | "closed";
            /** @example AG-001 */
            by: string;
            /** @example vip_upgrade */
            detail?: string;
        };
        NegativeReviewDetailDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            platform: "taobao" | "tmall" | "jd" | "pinduoduo" | "douyin" | "own_shop" | "other";
            /** @example TB-20261120-778812 */
            orderNo: string;
            rating: number;
            customerNo: string | null;
            /** @enum {string} */
            status: "recorded" | "contacted" | "remedy_offered" | "closed";
            itemUsed: boolean | null;
            /** @enum {string|null} */
            remedy: "return_or_exchange" | "vip_upgrade" | "gift" | "free_shipping_next_order" | null;
            /** @enum {string|null} */
            outcome: "review_revised" | "review_kept" | "buyer_unreachable" | null;
            /** @description Who contacted the buyer and handles the review */
            handler: string | null;
            /** Format: date-time */
            contactedAt: string | null;
            /** Format: date-time */
            remedyOfferedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** @description Every step with its date and who took it */
            progress: components["schemas"]["ReviewProgressDto"][];
            /** @example AG-001 */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The buyer's words, decrypted for staff
             * @example 电池用了一周就不充电了
             */
            text: string;
        };
        NegativeReviewDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            platform: "taobao" | "tmall" | "jd" | "pinduoduo" | "douyin" | "own_shop" | "other";
            /** @example TB-20261120-778812 */
            orderNo: string;
            rating: number;
            customerNo: string | null;
            /** @enum {string} */
            status: "recorded" | "contacted" | "remedy_offered" | "closed";
            itemUsed: boolean | null;
            /** @enum {string|null} */
            remedy: "return_or_exchange" | "vip_upgrade" | "gift" | "free_shipping_next_order" | null;
            /** @enum {string|null} */
            outcome: "review_revised" | "review_kept" | "buyer_unreachable" | null;
            /** @description Who contacted the buyer and handles the review */
            handler: string | null;
            /** Format: date-time */
            contactedAt: string | null;
            /** Format: date-time */
            remedyOfferedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** @description Every step with its date and who took it */
            progress: components["schemas"]["ReviewProgressDto"][];
            /** @example AG-001 */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        NegativeReviewListDto: {
            items: components["schemas"]["NegativeReviewDto"][];
            total: number;
        };
        ContactBuyerDto: {
            /** @description Whether the buyer has used the item: decides the remedy (C-15) */
            itemUsed: boolean;
            /**
             * Format: date-time
             * @description When the buyer was reached; now when absent
             */
            contactedAt?: string;
        };
        OfferRemedyDto: {
            /**
             * @description Absent: return/exchange for an unused item, else a VIP upgrade (a gift for a VIP)
             * @enum {string}
             */
            remedy?: "return_or_exchange" | "vip_upgrade" | "gift" | "free_shipping_next_order";
        };
        CloseNegativeReviewDto: {
            /** @enum {string} */
            outcome: "review_revised" | "review_kept" | "buyer_unreachable";
        };
        SlaPolicyResponseDto: {
            /** @example quality */
            code: string;
            /** @example 2 */
            version: number;
            /**
             * @example quality
             * @enum {string|null}
             */
            category: "quality" | "service" | "logistics" | "billing" | "other" | null;
            /**
             * @example null
             * @enum {string|null}
             */
            severity: "low" | "normal" | "high" | "critical" | null;
            /**
             * @example null
             * @enum {string|null}
             */
            customerTier: "vip" | "dealer" | "group_buy" | "regular" | null;
            /**
             * @example 24x7
             * @enum {string}
             */
            calendar: "24x7" | "cn-working-hours";
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @example 86400 */
            firstContactSeconds: number;
            /** @example 259200 */
            resolutionSeconds: number;
            /** @example 172800 */
            supervisorReportSeconds: number;
            /**
             * @example [
             *       172800,
             *       216000,
             *       259200
             *     ]
             */
            escalationStepsSeconds: number[];
            /**
             * @description C-8: seconds from resolution to the satisfaction call
             * @example 86400
             */
            satisfactionCallSeconds: number;
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T08:00:00.000Z
             */
            createdAt: string;
        };
        SlaPolicyListDto: {
            items: components["schemas"]["SlaPolicyResponseDto"][];
            /** @example 3 */
            total: number;
        };
        SlaPolicyDetailDto: {
            /** @example quality */
            code: string;
            /** @example 2 */
            version: number;
            /**
             * @example quality
             * @enum {string|null}
             */
            category: "quality" | "service" | "logistics" | "billing" | "other" | null;
            /**
             * @example null
             * @enum {string|null}
             */
            severity: "low" | "normal" | "high" | "critical" | null;
            /**
             * @example null
             * @enum {string|null}
             */
            customerTier: "vip" | "dealer" | "group_buy" | "regular" | null;
            /**
             * @example 24x7
             * @enum {string}
             */
            calendar: "24x7" | "cn-working-hours";
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @example 86400 */
            firstContactSeconds: number;
            /** @example 259200 */
            resolutionSeconds: number;
            /** @example 172800 */
            supervisorReportSeconds: number;
            /**
             * @example [
             *       172800,
             *       216000,
             *       259200
             *     ]
             */
            escalationStepsSeconds: number[];
            /**
             * @description C-8: seconds from resolution to the satisfaction call
             * @example 86400
             */
            satisfactionCallSeconds: number;
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T08:00:00.000Z
             */
            createdAt: string;
            versions: components["schemas"]["SlaPolicyResponseDto"][];
        };
        CreateSlaPolicyDto: {
            /**
             * @description null matches any category
             * @example logistics
             * @enum {string|null}
             */
            category: "quality" | "service" | "logistics" | "billing" | "other" | null;
            /**
             * @description null matches any severity
             * @example null
             * @enum {string|null}
             */
            severity: "low" | "normal" | "high" | "critical" | null;
            /**
             * @description null matches any customer tier
             * @example dealer
             * @enum {string|null}
             */
            customerTier: "vip" | "dealer" | "group_buy" | "regular" | null;
            /**
             * @description 24x7, or 09:00–18:00 on Chinese working days
             * @example cn-working-hours
             * @enum {string}
             */
            calendar: "24x7" | "cn-working-hours";
            /**
             * @description IANA time zone of the working hours
             * @example Asia/Shanghai
             */
            timeZone: string;
            /**
             * @description C-3: first contact with the customer
             * @example 28800
             */
            firstContactSeconds: number;
            /**
             * @description C-5: resolution; not before first contact
             * @example 259200
             */
            resolutionSeconds: number;
            /**
             * @description C-6: report to the supervisor
             * @example 172800
             */
            supervisorReportSeconds: number;
            /**
             * @description Business seconds after registration at which an unresolved case climbs to supervisor, manager, GM office; strictly increasing
             * @example [
             *       86400,
             *       172800,
             *       259200
             *     ]
             */
            escalationStepsSeconds: number[];
            /**
             * @description C-8: seconds from resolution to the satisfaction call
             * @default 86400
             * @example 86400
             */
            satisfactionCallSeconds?: number;
            /**
             * @description false deactivates the code from this version on (never the default policy)
             * @default true
             */
            active?: boolean;
            /** @example dealer-logistics */
            code: string;
        };
        SlaPolicyTermsDto: {
            /**
             * @description null matches any category
             * @example logistics
             * @enum {string|null}
             */
            category: "quality" | "service" | "logistics" | "billing" | "other" | null;
            /**
             * @description null matches any severity
             * @example null
             * @enum {string|null}
             */
            severity: "low" | "normal" | "high" | "critical" | null;
            /**
             * @description null matches any customer tier
             * @example dealer
             * @enum {string|null}
             */
            customerTier: "vip" | "dealer" | "group_buy" | "regular" | null;
            /**
             * @description 24x7, or 09:00–18:00 on Chinese working days
             * @example cn-working-hours
             * @enum {string}
             */
            calendar: "24x7" | "cn-working-hours";
            /**
             * @description IANA time zone of the working hours
             * @example Asia/Shanghai
             */
            timeZone: string;
            /**
             * @description C-3: first contact with the customer
             * @example 28800
             */
            firstContactSeconds: number;
            /**
             * @description C-5: resolution; not before first contact
             * @example 259200
             */
            resolutionSeconds: number;
            /**
             * @description C-6: report to the supervisor
             * @example 172800
             */
            supervisorReportSeconds: number;
            /**
             * @description Business seconds after registration at which an unresolved case climbs to supervisor, manager, GM office; strictly increasing
             * @example [
             *       86400,
             *       172800,
             *       259200
             *     ]
             */
            escalationStepsSeconds: number[];
            /**
             * @description C-8: seconds from resolution to the satisfaction call
             * @default 86400
             * @example 86400
             */
            satisfactionCallSeconds?: number;
            /**
             * @description false deactivates the code from this version on (never the default policy)
             * @default true
             */
            active?: boolean;
        };
        CalendarResponseDto: {
            /** @example cn-working-hours */
            code: string;
            /** @example 2 */
            version: number;
            /** @example 中国工作日 China working hours */
            name: string;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @description Sunday first; null = closed */
            weeklyHours: (components["schemas"]["DayHoursDto"] | null)[];
            /**
             * @description Years with a loaded holiday schedule
             * @example [
             *       2025,
             *       2026,
             *       2027
             *     ]
             */
            scheduleYears: number[];
            /**
             * @description This year and next, when their schedule is missing
             * @example [
             *       2027
             *     ]
             */
            missingScheduleYears: number[];
            /** @example Calendar cn-working-hours v1 has no holiday schedule for 2027: … */
            warning: string | null;
            /** @example 812 */
            exceptionCount: number;
            /** @example imported 2027 from 国务院办公厅关于2027年部分节假日安排的通知 */
            change: string;
            /** @example AD-001 */
            createdBy: string;
            /** @example 2026-11-30T08:00:00.000Z */
            createdAt: string;
        };
        CalendarListDto: {
            items: components["schemas"]["CalendarResponseDto"][];
            /** @example 1 */
            total: number;
            /** @description Every missing schedule, loudly */
            warnings: string[];
        };
        CalendarExceptionDto: {
            /**
             * @description Local date YYYY-MM-DD in the calendar time zone
             * @example 2027-02-08
             */
            date: string;
            /**
             * @description holiday: no work that day; working_day: an adjusted working day (调休) with weekday hours
             * @example holiday
             * @enum {string}
             */
            kind: "holiday" | "working_day";
            /** @example 春节 */
            name: string;
            /**
             * @description Where the day comes from; default admin
             * @example State Council 2026-11
             */
            source?: string;
        };
        CalendarVersionDto: {
            /** @example 1 */
            version: number;
            /** @example seeded from chinese-days 1.5.7 */
            change: string;
            /** @example system */
            createdBy: string;
            /** @example 2026-11-24T08:00:00.000Z */
            createdAt: string;
        };
        CalendarDetailDto: {
            /** @example cn-working-hours */
            code: string;
            /** @example 2 */
            version: number;
            /** @example 中国工作日 China working hours */
            name: string;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @description Sunday first; null = closed */
            weeklyHours: (components["schemas"]["DayHoursDto"] | null)[];
            /**
             * @description Years with a loaded holiday schedule
             * @example [
             *       2025,
             *       2026,
             *       2027
             *     ]
             */
            scheduleYears: number[];
            /**
             * @description This year and next, when their schedule is missing
             * @example [
             *       2027
             *     ]
             */
            missingScheduleYears: number[];
            /** @example Calendar cn-working-hours v1 has no holiday schedule for 2027: … */
            warning: string | null;
            /** @example 812 */
            exceptionCount: number;
            /** @example imported 2027 from 国务院办公厅关于2027年部分节假日安排的通知 */
            change: string;
            /** @example AD-001 */
            createdBy: string;
            /** @example 2026-11-30T08:00:00.000Z */
            createdAt: string;
            exceptions: components["schemas"]["CalendarExceptionDto"][];
            /** @description Newest first */
            versions: components["schemas"]["CalendarVersionDto"][];
        };
        DayHoursDto: {
            /**
             * @description Local opening time HH:MM
             * @example 09:00
             */
            start: string;
            /**
             * @description Local closing time HH:MM, later than start
             * @example 18:00
             */
            end: string;
        };
        CreateCalendarDto: {
            /** @example 中国工作日 China working hours */
            name: string;
            /**
             * @description IANA time zone whose local dates the exceptions name
             * @example Asia/Shanghai
             */
            timeZone: string;
            /**
             * @description Working hours Sunday first (index 0) to Saturday; null = closed
             * @example [
             *       null,
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       null
             *     ]
             */
            weeklyHours: (components["schemas"]["DayHoursDto"] | null)[];
            /** @description Holidays and adjusted working days; a year with none keeps only 1 Jan, 1 May, 1-3 Oct off */
            exceptions: components["schemas"]["CalendarExceptionDto"][];
            /**
             * @description Why this version was written (shown in the version list)
             * @example company day off on 24 December
             */
            change?: string;
            /** @example hk-working-hours */
            code: string;
        };
        CalendarTermsDto: {
            /** @example 中国工作日 China working hours */
            name: string;
            /**
             * @description IANA time zone whose local dates the exceptions name
             * @example Asia/Shanghai
             */
            timeZone: string;
            /**
             * @description Working hours Sunday first (index 0) to Saturday; null = closed
             * @example [
             *       null,
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       {
             *         "start": "09:00",
             *         "end": "18:00"
             *       },
             *       null
             *     ]
             */
            weeklyHours: (components["schemas"]["DayHoursDto"] | null)[];
            /** @description Holidays and adjusted working days; a year with none keeps only 1 Jan, 1 May, 1-3 Oct off */
            exceptions: components["schemas"]["CalendarExceptionDto"][];
            /**
             * @description Why this version was written (shown in the version list)
             * @example company day off on 24 December
             */
            change?: string;
        };
        ScheduleEntryDto: {
            /**
             * @description Local date YYYY-MM-DD in the calendar time zone
             * @example 2027-02-08
             */
            date: string;
            /**
             * @description holiday: no work that day; working_day: an adjusted working day (调休) with weekday hours
             * @example holiday
             * @enum {string}
             */
            kind: "holiday" | "working_day";
            /** @example 春节 */
            name: string;
        };
        ImportScheduleDto: {
            /** @example 2027 */
            year: number;
            /**
             * @description Where the schedule comes from; stored on every imported day
             * @example 国务院办公厅关于2027年部分节假日安排的通知
             */
            source: string;
            /**
             * @description An iCalendar file: one all-day VEVENT per holiday or worked day (DTSTART;VALUE=DATE, DTEND exclusive), SUMMARY the name; the kind from X-BUSINESS-DAY (holiday | working_day), else CATEGORIES (HOLIDAY | WORKING-DAY), else the SUMMARY (班 / working day = working day; 休 / 假 / holiday = holiday)
             * @example BEGIN:VCALENDAR
             *     BEGIN:VEVENT
             *     DTSTART;VALUE=DATE:20270101
             *     SUMMARY:元旦 (休)
             *     END:VEVENT
             *     END:VCALENDAR
             */
            ical?: string;
            /** @description The same as a JSON list of days */
            entries?: components["schemas"]["ScheduleEntryDto"][];
        };
        ReturnAddressDto: {
            /** @example 张三 */
            name: string;
            /** @example 13900000000 */
            phone: string;
            /** @example 浙江省杭州市 */
            region: string;
            /** @example 西湖区文三路 1 号 */
            line: string;
        };
        CreateReturnDto: {
            /**
             * @example return_and_refund
             * @enum {string}
             */
            type: "refund_only" | "return_and_refund" | "exchange";
            /**
             * @description R-7: where the request came from
             * @example tmall
             * @enum {string}
             */
            source: "own_shop" | "tmall" | "jd" | "phone" | "complaint";
            /**
             * @description Customer file number
             * @example CU-000002
             */
            customerNo: string;
            /**
             * @description The order the goods were bought with
             * @example SO-20261120-0042
             */
            orderRef: string;
            /**
             * @example [
             *       {
             *         "sku": "EB-200",
             *         "quantity": 1
             *       }
             *     ]
             */
            items: components["schemas"]["ReturnItemDto"][];
            /**
             * @description R-2: the amount asked back, in fen (25900 = CNY 259.00)
             * @example 25900
             */
            amountFen: number;
            /**
             * @description R-7: the problem type; no_reason_7_days is the statutory return (R-3, R-9)
             * @example not_as_described
             * @enum {string}
             */
            reason: "no_reason_7_days" | "quality_problem" | "wrong_item" | "not_as_described" | "damaged_in_transit" | "other";
            /** @example Colour differs from the listing */
            description: string;
            /**
             * @description Refund only: where the goods are (R-8 times each case differently); required for refund_only. Returns and exchanges: received (the default)
             * @enum {string}
             */
            goodsState?: "not_shipped" | "in_transit" | "received";
            /**
             * Format: date-time
             * @description R-9: when the buyer received the goods; required for no_reason_7_days
             * @example 2026-11-20T10:00:00+08:00
             */
            goodsReceivedAt?: string;
            /**
             * @description R-9: every class but standard is excluded from no-reason returns
             * @default standard
             * @enum {string}
             */
            goodsClass?: "standard" | "custom_made" | "perishable" | "unsealed_digital" | "periodical" | "declared_non_returnable";
            /**
             * @description R-8: the seller has less time to answer for virtual goods
             * @default false
             */
            virtualGoods?: boolean;
            /** @description Exchange: where the replacement goes (required for exchange) */
            address?: components["schemas"]["ReturnAddressDto"];
            /**
             * @description R-6: the customer paid the return postage, so the replacement ships without a further fee
             * @default false
             */
            customerPaidReturnShipping?: boolean;
            /**
             * @description R-7: the customer's rating of the purchase, when known
             * @enum {string}
             */
            customerRating?: "positive" | "neutral" | "negative";
            /**
             * @description R-8: the return policy to run under; must be active
             * @default default
             * @example default
             */
            policyCode?: string;
        };
        ReturnCreatedDto: {
            /** @example RT-20261124-0001 */
            returnNo: string;
            /** @example return-RT-20261124-0001 */
            workflowId: string;
            /**
             * @description false when an Idempotency-Key retry returned the earlier request
             * @example true
             */
            created: boolean;
        };
        ReturnSummaryDto: {
            /** @example RT-20261124-0001 */
            returnNo: string;
            /** @example return-RT-20261124-0001 */
            workflowId: string;
            /**
             * @example return_and_refund
             * @enum {string|null}
             */
            type: "refund_only" | "return_and_refund" | "exchange" | null;
            /**
             * @example buyer_shipped
             * @enum {string}
             */
            status: "requested" | "agreed" | "rejected" | "buyer_shipped" | "received" | "inspected" | "refund_pending" | "refunded" | "replacement_shipped" | "delivered" | "closed" | "cancelled";
            /** @example CU-000002 */
            customerNo: string | null;
            /** @example tmall */
            source: string | null;
            /** @example not_as_described */
            problemType: string | null;
            /** @example neutral */
            customerRating: string | null;
            /** @example AG-001 */
            handler: string | null;
            /**
             * @description How the request ended: refunded, replaced, closed: …, cancelled: …
             * @example null
             */
            result: string | null;
            /** @example return_and_refund CNY 259.00 for order SO-20261120-0042 */
            summary: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ReturnListDto: {
            items: components["schemas"]["ReturnSummaryDto"][];
            /** @example 1 */
            total: number;
        };
        PolicyRefDto: {
            /** @example default */
            code: string;
            /** @example 1 */
            version: number;
        };
        RejectionDto: {
            /** @example the order line was CNY 199.00 */
            reason: string;
            /** @example AG-001 */
            by: string;
            round: number;
        };
        TrackingEventDto: {
            /** @example YT1234567890 */
            waybillNo: string;
            /**
             * @example in_transit
             * @enum {string}
             */
            state: "created" | "picked_up" | "in_transit" | "out_for_delivery" | "delivered" | "damaged" | "lost";
            /** Format: date-time */
            at: string;
            /** @example CA-101 */
            courierAgentId: string;
            note?: string;
        };
        TrackingQueryDto: {
            /**
             * Format: date-time
             * @description When the courier was asked
             */
            at: string;
            /**
             * @description The latest state the courier reported, `no_events` or `no_answer`
             * @example in_transit
             */
            result: string;
            /**
             * @description The courier's agent id of the latest event
             * @example CA-101
             */
            courierAgentId: string | null;
        };
        ParcelDto: {
            /** @enum {string} */
            purpose: "return" | "replacement";
            /** @example YTO */
            courier: string;
            /** @example YT1234567890 */
            waybillNo: string;
            /** @enum {string} */
            method: "express" | "surface";
            /** Format: date-time */
            shippedAt: string;
            round: number;
            events: components["schemas"]["TrackingEventDto"][];
            /**
             * @example in_transit
             * @enum {string|null}
             */
            lastState: "created" | "picked_up" | "in_transit" | "out_for_delivery" | "delivered" | "damaged" | "lost" | null;
            /** @description L-1: the result of the last tracking query, with the courier agent and date */
            lastQuery?: components["schemas"]["TrackingQueryDto"];
        };
        InspectionDto: {
            resellable: boolean;
            qualityProblem: boolean;
            /** @example sealed, unused */
            notes: string;
            photoRefs: string[];
            /** @example WH-001 */
            by: string;
            /** Format: date-time */
            at: string;
        };
        RefundDto: {
            /** @example RF-RT-20261124-0001 */
            refundId: string;
            /**
             * @description In fen
             * @example 25900
             */
            amountFen: number;
            /**
             * @description R-1, R-4: above the policy threshold a refund awaits a finance person before finance pays
             * @enum {string}
             */
            status: "awaiting_confirmation" | "requested" | "paid" | "failed";
            /**
             * @description R-4: the finance person who confirmed a refund above the threshold
             * @example FN-001
             */
            confirmedBy?: string | null;
            attempts: number;
            /** @example PAY-000001 */
            paymentId: string | null;
            failure: string | null;
        };
        ExchangeDto: {
            /**
             * @example waived_quality_problem
             * @enum {string|null}
             */
            shippingFee: "waived_quality_problem" | "paid_by_customer" | "due" | "paid" | null;
            /** @description In fen */
            shippingFeeFen: number;
            paymentRef: string | null;
        };
        DamageClaimViewDto: {
            /** @example DC-20261124-0001 */
            claimId: string;
            /** @example YT1234567890 */
            waybillNo: string;
            /** @enum {string} */
            kind: "damaged" | "lost";
            /** Format: date-time */
            filedAt: string;
        };
        ReturnDeadlineDto: {
            /** @enum {string} */
            id: "seller_response" | "buyer_modify" | "buyer_ship" | "seller_receipt" | "refund_due" | "shipping_fee" | "inspection_queue";
            /** Format: date-time */
            at: string;
            /** @example refunded by the system */
            action: string;
        };
        ReturnTimelineEntryDto: {
            /**
             * Format: date-time
             * @example 2026-11-24T08:00:00.000Z
             */
            at: string;
            /** @example agree */
            event: string;
            /** @example AG-001 */
            by: string;
            /** @example amount and reason checked (R-2) */
            note?: string;
        };
        ReturnDetailDto: {
            /** @example RT-20261124-0001 */
            returnNo: string;
            /** @enum {string} */
            type: "refund_only" | "return_and_refund" | "exchange";
            /**
             * @example buyer_shipped
             * @enum {string}
             */
            status: "requested" | "agreed" | "rejected" | "buyer_shipped" | "received" | "inspected" | "refund_pending" | "refunded" | "replacement_shipped" | "delivered" | "closed" | "cancelled";
            /**
             * @example tmall
             * @enum {string}
             */
            source: "own_shop" | "tmall" | "jd" | "phone" | "complaint";
            /**
             * @example not_as_described
             * @enum {string}
             */
            reason: "no_reason_7_days" | "quality_problem" | "wrong_item" | "not_as_described" | "damaged_in_transit" | "other";
            /** @example CU-000002 */
            customerNo: string;
            /** @example SO-20261120-0042 */
            orderRef: string;
            /** @description What comes back (or is refunded) */
            items: components["schemas"]["ReturnItemDto"][];
            /**
             * @description In fen
             * @example 25900
             */
            amountFen: number;
            /** @example Colour differs from the listing */
            description: string;
            /**
             * @example received
             * @enum {string}
             */
            goodsState: "not_shipped" | "in_transit" | "received";
            /**
             * @description R-7: who last acted for the seller
             * @example AG-001
             */
            handler: string | null;
            /** @description R-8: the policy version the request runs under */
            policy: components["schemas"]["PolicyRefDto"] | null;
            /**
             * Format: date-time
             * @description R-9: refund due within 7 days of the goods coming back
             */
            refundDueAt: string | null;
            /**
             * Format: date-time
             * @description R-5: when the parcel reaches after-sales' inspection queue
             */
            inspectionQueuedAt: string | null;
            rejection: components["schemas"]["RejectionDto"] | null;
            /** @description L-1: the return parcel and any replacement, with every courier event (agent id, date, result) */
            parcels: components["schemas"]["ParcelDto"][];
            inspection: components["schemas"]["InspectionDto"] | null;
            refund: components["schemas"]["RefundDto"] | null;
            exchange: components["schemas"]["ExchangeDto"] | null;
            /** @description L-2, L-3: claims filed with the courier */
            damageClaims: components["schemas"]["DamageClaimViewDto"][];
            /** @description R-8: pending timeouts and what the system does when each passes */
            deadlines: components["schemas"]["ReturnDeadlineDto"][];
            /** @example null */
            result: string | null;
            /**
             * @description The complaint whose remedy started this return (C-10)
             * @example null
             */
            complaintCaseNo: string | null;
            /** @example 5 */
            stateVersion: number;
            timeline: components["schemas"]["ReturnTimelineEntryDto"][];
            /**
             * @description Reads only: `read_model` (the case as recorded at `stateVersion`) or `workflow` (`?live=true`, or a case not recorded yet)
             * @enum {string}
             */
            readFrom?: "read_model" | "workflow";
        };
        ApproveReturnDto: {
            /** @example Amount matches the order line (R-2) */
            note?: string;
        };
        RejectReturnDto: {
            /**
             * @description R-2: the buyer sees it and modifies the request
             * @example The order line was CNY 199.00; please correct the amount
             */
            reason: string;
        };
        ModifyReturnDto: {
            /**
             * @description In fen
             * @example 19900
             */
            amountFen?: number;
            /** @example Returning one of the two units only */
            description?: string;
        };
        ShipReturnDto: {
            /** @example YTO */
            courier: string;
            /** @example YT1234567890 */
            waybillNo: string;
            /**
             * @description R-8: surface post gives the seller longer to confirm receipt
             * @default express
             * @enum {string}
             */
            method?: "express" | "surface";
        };
        ReceiveReturnDto: {
            /** @example Amount matches the order line (R-2) */
            note?: string;
        };
        InspectReturnDto: {
            /**
             * @description R-6: new and resellable
             * @example true
             */
            resellable: boolean;
            /**
             * @description R-6: a quality problem is refunded, or exchanged free
             * @example false
             */
            qualityProblem: boolean;
            /** @example Sealed, unused, all accessories present */
            notes: string;
            /**
             * @example [
             *       "returns/RT-20261124-0001/box.jpg"
             *     ]
             */
            photoRefs?: string[];
        };
        PayShippingDto: {
            /** @example ALIPAY-2026112400001234 */
            paymentRef: string;
        };
        CancelReturnDto: {
            /**
             * @description R-2: the buyer sees it and modifies the request
             * @example The order line was CNY 199.00; please correct the amount
             */
            reason: string;
        };
        DamageClaimDto: {
            /** @example DC-RT-20261124-0001-B1 */
            claimId: string;
            /** @example RT-20261124-0001 */
            returnNo: string;
            /** @example YT1234567890 */
            waybillNo: string;
            /** @enum {string} */
            kind: "damaged" | "lost";
            /** @example outer carton crushed */
            parcelCondition: string;
            /** @example CA-101 */
            courierAgentId: string;
            /**
             * @description Goods value in fen
             * @example 25900
             */
            goodsValueFen: number;
            /** @example EB-200 */
            itemNo: string;
            /** @example AG-001 */
            handler: string;
            /** @enum {string} */
            status: "filed" | "accepted" | "rejected" | "unanswered";
            /** @example CL-000123 */
            claimNo: string | null;
            /** @example 25900 */
            compensationFen: number | null;
            /**
             * Format: date-time
             * @example 2026-11-24T09:00:00.000Z
             */
            filedAt: string;
            /** Format: date-time */
            settledAt: string | null;
        };
        DamageClaimListDto: {
            items: components["schemas"]["DamageClaimDto"][];
            /** @example 1 */
            total: number;
        };
        WarehouseBatchDto: {
            /** @example 16:00 */
            cutoff: string;
            /** @example 12:00 */
            morningEnds: string;
            /** @example 15:00 */
            handoverAt: string;
            /** @example Asia/Shanghai */
            timeZone: string;
        };
        ReturnPolicyTermsDto: {
            /**
             * @description R-8: seller silent on a request → agreed by the system (5 days)
             * @example 432000
             */
            sellerSilentSeconds: number;
            /**
             * @description R-8: the same for virtual goods (3 days)
             * @example 259200
             */
            sellerSilentVirtualSeconds: number;
            /**
             * @description R-8: refund only, parcel not yet received: seller silent → agreed (36 h)
             * @example 129600
             */
            sellerSilentNotReceivedSeconds: number;
            /**
             * @description R-8: refund only, paid and not shipped: seller silent → refunded (24 h)
             * @example 86400
             */
            sellerSilentNotShippedSeconds: number;
            /**
             * @description R-8: rejected, buyer silent → closed (5 days)
             * @example 432000
             */
            buyerModifySeconds: number;
            /**
             * @description R-8: agreed, buyer does not ship → closed (7 days)
             * @example 604800
             */
            buyerShipSeconds: number;
            /**
             * @description R-8: shipped by express, seller does not confirm receipt → refunded (10 days)
             * @example 864000
             */
            sellerConfirmExpressSeconds: number;
            /**
             * @description R-8: the same by surface post (30 days)
             * @example 2592000
             */
            sellerConfirmSurfaceSeconds: number;
            /**
             * @description R-9: refund within 7 days of the goods coming back
             * @example 604800
             */
            refundDueSeconds: number;
            /**
             * @description R-6: an exchange's unpaid shipping fee waits this long, then the request closes
             * @example 259200
             */
            shippingFeeSeconds: number;
            /**
             * @description R-6: the replacement's shipping fee when the customer pays it, in fen
             * @example 1200
             */
            shippingFeeFen: number;
            /**
             * @description How long finance or the courier has to answer a call
             * @example 86400
             */
            departmentAnswerSeconds: number;
            /**
             * @description L-1: how often a waybill in transit is tracked
             * @example 1800
             */
            trackingPollSeconds: number;
            /**
             * @description R-5: the batch hand-over to after-sales; null hands each parcel over on arrival
             * @example {
             *       "cutoff": "16:00",
             *       "morningEnds": "12:00",
             *       "handoverAt": "15:00",
             *       "timeZone": "Asia/Shanghai"
             *     }
             */
            warehouseBatch: components["schemas"]["WarehouseBatchDto"] | null;
            /**
             * @description R-1, R-4: a refund above this amount (fen) waits for a person with the finance role to confirm it; null or absent: none waits
             * @example 100000
             */
            refundConfirmationAboveFen?: number | null;
            /**
             * @description L-2: how long the courier has to decide a damage or loss claim; absent: 14 days
             * @example 1209600
             */
            damageClaimAnswerSeconds?: number;
        };
        ReturnPolicyResponseDto: {
            /** @example default */
            code: string;
            /** @example 2 */
            version: number;
            /**
             * @example {
             *       "sellerSilentSeconds": 432000,
             *       "sellerSilentVirtualSeconds": 259200,
             *       "sellerSilentNotReceivedSeconds": 129600,
             *       "sellerSilentNotShippedSeconds": 86400,
             *       "buyerModifySeconds": 432000,
             *       "buyerShipSeconds": 604800,
             *       "sellerConfirmExpressSeconds": 864000,
             *       "sellerConfirmSurfaceSeconds": 2592000,
             *       "refundDueSeconds": 604800,
             *       "shippingFeeSeconds": 259200,
             *       "shippingFeeFen": 1200,
             *       "departmentAnswerSeconds": 86400,
             *       "trackingPollSeconds": 1800,
             *       "warehouseBatch": {
             *         "cutoff": "16:00",
             *         "morningEnds": "12:00",
             *         "handoverAt": "15:00",
             *         "timeZone": "Asia/Shanghai"
             *       }
             *     }
             */
            terms: components["schemas"]["ReturnPolicyTermsDto"];
            /** @example true */
            active: boolean;
            /** @example AD-001 */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-24T08:00:00.000Z
             */
            createdAt: string;
        };
        ReturnPolicyListDto: {
            items: components["schemas"]["ReturnPolicyResponseDto"][];
            /** @example 1 */
            total: number;
        };
        ReturnPolicyDetailDto: {
            /** @example default */
            code: string;
            /** @example 2 */
            version: number;
            /**
             * @example {
             *       "sellerSilentSeconds": 432000,
             *       "sellerSilentVirtualSeconds": 259200,
             *       "sellerSilentNotReceivedSeconds": 129600,
             *       "sellerSilentNotShippedSeconds": 86400,
             *       "buyerModifySeconds": 432000,
             *       "buyerShipSeconds": 604800,
             *       "sellerConfirmExpressSeconds": 864000,
             *       "sellerConfirmSurfaceSeconds": 2592000,
             *       "refundDueSeconds": 604800,
             *       "shippingFeeSeconds": 259200,
             *       "shippingFeeFen": 1200,
             *       "departmentAnswerSeconds": 86400,
             *       "trackingPollSeconds": 1800,
             *       "warehouseBatch": {
             *         "cutoff": "16:00",
             *         "morningEnds": "12:00",
             *         "handoverAt": "15:00",
             *         "timeZone": "Asia/Shanghai"
             *       }
             *     }
             */
            terms: components["schemas"]["ReturnPolicyTermsDto"];
            /** @example true */
            active: boolean;
            /** @example AD-001 */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-24T08:00:00.000Z
             */
            createdAt: string;
            versions: components["schemas"]["ReturnPolicyResponseDto"][];
        };
        CreateReturnPolicyDto: {
            /** @example marketplace-2027 */
            code: string;
            terms: components["schemas"]["ReturnPolicyTermsDto"];
        };
        ReturnPolicyVersionDto: {
            terms: components["schemas"]["ReturnPolicyTermsDto"];
            /**
             * @description false deactivates the code from this version on (never the default policy)
             * @default true
             */
            active?: boolean;
        };
        ShippedPartDto: {
            /**
             * @description The part number
             * @example CTRL-48V-A
             */
            partNo: string;
            /** @example 1 */
            quantity: number;
        };
        CreatePartsShipmentDto: {
            /**
             * @description The waybill: one shipment per waybill, so recording it again returns the same shipment
             * @example SF1234567890
             */
            waybillNo: string;
            parts: components["schemas"]["ShippedPartDto"][];
            /**
             * @description The complaint or return the parts are for
             * @example CP-20261124-0001
             */
            caseNo?: string;
            /**
             * Format: date-time
             * @description When it left the warehouse; now when absent
             */
            shippedAt?: string;
            /**
             * @description L-4: the courier company carrying it, named in the SMS to the customer
             * @example 顺丰速运
             */
            courier: string;
            /** @description L-4: where and to whom it goes; checked before shipping, not stored */
            to: components["schemas"]["ReturnAddressDto"];
            /**
             * @description warranty: free under the three guarantees (C-10); chargeable: shipped only once finance has the payment for orderRef (L-4)
             * @enum {string}
             */
            billing: "warranty" | "chargeable";
            /**
             * @description The order the chargeable parts were paid through; required when chargeable
             * @example SO-20261120-0042
             */
            orderRef?: string;
            /**
             * @description What the chargeable parts cost, in fen; required when chargeable
             * @example 12000
             */
            amountFen?: number;
            /**
             * @description L-4: the customer told by SMS of the courier and the waybill number
             * @example CU-000123
             */
            customerNo?: string;
        };
        PartsShipmentDto: {
            /** Format: uuid */
            id: string;
            /** @example SF1234567890 */
            waybillNo: string;
            /** @example CP-20261124-0001 */
            caseNo: string | null;
            parts: components["schemas"]["ShippedPartDto"][];
            /** @enum {string} */
            result: "correct" | "wrong_part" | "missing_part";
            /**
             * @description Null for shipments recorded before the courier was asked for
             * @example 顺丰速运
             */
            courier: string | null;
            /** @enum {string} */
            billing: "warranty" | "chargeable";
            /** @example SO-123456 */
            orderRef: string | null;
            /** @example CU-000123 */
            customerNo: string | null;
            /** Format: date-time */
            shippedAt: string;
            /** @example WH-001 */
            shippedBy: string;
            /** Format: date-time */
            correctedAt: string | null;
            /** @example AG-001 */
            correctedBy: string | null;
        };
        PartsShipmentListDto: {
            items: components["schemas"]["PartsShipmentDto"][];
            total: number;
        };
        PartsShipmentOutcomeDto: {
            /** @enum {string} */
            result: "correct" | "wrong_part" | "missing_part";
        };
        AttachmentCreatedDto: {
            /** Format: uuid */
            attachmentId: string;
            /**
             * @example damage_photo
             * @enum {string}
             */
            kind: "damage_photo" | "waybill_copy" | "sender_id_copy" | "return_detail_sheet" | "quality_report" | "other" | "case_archive";
            /**
             * @example image/jpeg
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf" | "application/zip";
            /** @example 48213 */
            sizeBytes: number;
            /** @description SHA-256 of the content, hex */
            sha256: string;
            /**
             * @description The name it was uploaded with; kept encrypted at rest
             * @example IMG_0042.jpg
             */
            fileName: string | null;
            /** @description The content is a personal document, encrypted at rest with the payload keys */
            encrypted: boolean;
            /** @example AG-001 */
            uploadedBy: string;
            /** Format: date-time */
            uploadedAt: string;
            /** @description false when the same file of the same kind was already on the case (a retried upload) */
            created: boolean;
        };
        AttachmentDto: {
            /** Format: uuid */
            attachmentId: string;
            /**
             * @example damage_photo
             * @enum {string}
             */
            kind: "damage_photo" | "waybill_copy" | "sender_id_copy" | "return_detail_sheet" | "quality_report" | "other" | "case_archive";
            /**
             * @example image/jpeg
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf" | "application/zip";
            /** @example 48213 */
            sizeBytes: number;
            /** @description SHA-256 of the content, hex */
            sha256: string;
            /**
             * @description The name it was uploaded with; kept encrypted at rest
             * @example IMG_0042.jpg
             */
            fileName: string | null;
            /** @description The content is a personal document, encrypted at rest with the payload keys */
            encrypted: boolean;
            /** @example AG-001 */
            uploadedBy: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        AttachmentListDto: {
            items: components["schemas"]["AttachmentDto"][];
        };
        DamageClaimContentDto: {
            /** @example DC-RT-20261124-0001-B1 */
            claimId: string;
            /** @example RT-20261124-0001 */
            caseNo: string;
            /** @example YT1234567890 */
            waybillNo: string;
            /** @enum {string} */
            kind: "damaged" | "lost";
            /**
             * @description The transaction (order) reference
             * @example SO-20261120-0042
             */
            transactionRef: string;
            /** Format: date-time */
            shipDate: string | null;
            /** @example 浙江省杭州市 */
            destinationRegion: string;
            /** @example damaged reported by the courier at 2026-11-24T08:00:00.000Z */
            deliveryResult: string;
            /** @example 25900 */
            goodsValueFen: number;
            /** @example CA-101 */
            courierAgentId: string;
            /** @description Attachment ids of the damage photos */
            photoRefs: string[];
        };
        DamageClaimDocumentsDto: {
            /** @example DC-RT-20261124-0001-B1 */
            claimId: string;
            /** @example YT1234567890 */
            waybillNo: string;
            /** @enum {string} */
            kind: "damaged" | "lost";
            /**
             * @description The courier side of the claim (L-3)
             * @enum {string}
             */
            status: "filed" | "accepted" | "rejected" | "unanswered";
            /**
             * @description awaiting: not sent until the documents are attached; complete: sent; missing: the deadline passed, escalated unsent; null: filed before documents were collected
             * @enum {string|null}
             */
            documentsStatus: "awaiting" | "complete" | "missing" | null;
            /**
             * Format: date-time
             * @description When the missing documents are due
             */
            documentsDueAt: string | null;
            /**
             * @description Required kinds not attached yet
             * @example [
             *       "sender_id_copy"
             *     ]
             */
            missingDocuments: string[];
            /** @description The attached documents the claim carries (waybill copy, sender ID copy, damage photos) */
            documents: components["schemas"]["AttachmentDto"][];
            /** @description The claim content; null for a claim filed before content was kept */
            claim: components["schemas"]["DamageClaimContentDto"] | null;
            /** Format: date-time */
            filedAt: string;
        };
        DamageClaimDocumentsListDto: {
            items: components["schemas"]["DamageClaimDocumentsDto"][];
        };
        StaffMemberDto: {
            /** @example AG-001 */
            code: string;
            /** @example Li Na */
            name: string;
            /** @enum {string} */
            role: "agent" | "warehouse" | "finance" | "supervisor" | "manager" | "gm_office" | "admin";
            skills: ("quality" | "service" | "logistics" | "billing" | "other")[];
            servesVip: boolean;
            capacity: number;
            /** @enum {string} */
            status: "active" | "absent" | "departed";
            /**
             * @description A-7: while absent, who takes over
             * @example AG-002
             */
            delegateCode: string | null;
            /**
             * @description The reporting line: whom escalations of this member's cases reach
             * @example SUP-001
             */
            reportsTo: string | null;
            /** @example after_sales */
            departmentCode: string | null;
            phone: string | null;
            email: string | null;
            /** @description Open cases in the read model */
            openCases: number;
            /** @description Customers in this member's care (A-5) */
            customers: number;
        };
        StaffListDto: {
            items: components["schemas"]["StaffMemberDto"][];
        };
        CreateStaffMemberDto: {
            /** @example AG-004 */
            code: string;
            /** @example Zhou Lei */
            name: string;
            /** @enum {string} */
            role: "agent" | "warehouse" | "finance" | "supervisor" | "manager" | "gm_office" | "admin";
            /**
             * @description A-5: complaint categories handled
             * @example [
             *       "quality",
             *       "service"
             *     ]
             */
            skills?: ("quality" | "service" | "logistics" | "billing" | "other")[];
            /**
             * @description A-5: dedicated VIP agent
             * @default false
             */
            servesVip?: boolean;
            /**
             * @description Open cases this agent should carry at most
             * @default 30
             */
            capacity?: number;
            /**
             * @description The reporting line: an agent's supervisor, a supervisor's manager; escalations reach this person
             * @example SUP-001
             */
            reportsTo?: string | null;
            /** @example after_sales */
            departmentCode?: string | null;
            /** @example 0571-88880001 */
            phone?: string | null;
            /** @example zhou.lei@example.com */
            email?: string | null;
        };
        UpdateStaffMemberDto: {
            /** @example Zhou Lei */
            name?: string;
            /**
             * @description A-5: complaint categories handled
             * @example [
             *       "quality",
             *       "service"
             *     ]
             */
            skills?: ("quality" | "service" | "logistics" | "billing" | "other")[];
            /**
             * @description A-5: dedicated VIP agent
             * @default false
             */
            servesVip?: boolean;
            /**
             * @description Open cases this agent should carry at most
             * @default 30
             */
            capacity?: number;
            /**
             * @description The reporting line: an agent's supervisor, a supervisor's manager; escalations reach this person
             * @example SUP-001
             */
            reportsTo?: string | null;
            /** @example after_sales */
            departmentCode?: string | null;
            /** @example 0571-88880001 */
            phone?: string | null;
            /** @example zhou.lei@example.com */
            email?: string | null;
        };
        SetStaffStatusDto: {
            /**
             * @description A-7: absent = temporary delegation, departed = permanent reassignment
             * @enum {string}
             */
            status: "active" | "absent" | "departed";
            /**
             * @description For an absence: the colleague who takes every open case
             * @example AG-002
             */
            delegate?: string;
        };
        StaffStatusResponseDto: {
            /** @example AG-001 */
            code: string;
            /** @enum {string} */
            status: "active" | "absent" | "departed";
            /**
             * @description The workflow moving the open cases and follow-up calls (A-7): handing them on (`staff-reassign-…`) or, for an agent back from an absence, returning what was delegated (`staff-return-…`)
             * @example staff-reassign-AG-001-1764000000000
             */
            reassignmentWorkflowId: string | null;
        };
        DepartmentDto: {
            /** @example quality */
            code: string;
            /** @example 品质部 */
            name: string;
            contactName: string | null;
            contactPhone: string | null;
            contactEmail: string | null;
        };
        DepartmentListDto: {
            items: components["schemas"]["DepartmentDto"][];
        };
        DepartmentDetailDto: {
            /** @example quality */
            code: string;
            /** @example 品质部 */
            name: string;
            contactName: string | null;
            contactPhone: string | null;
            contactEmail: string | null;
            staff: components["schemas"]["StaffMemberDto"][];
        };
        CreateDepartmentDto: {
            /**
             * @description Lower-case letters and underscores
             * @example warehouse
             */
            code: string;
            /** @example 仓储部 */
            name: string;
            /** @example 周主管 */
            contactName?: string | null;
            /** @example 0571-88880002 */
            contactPhone?: string | null;
            /** @example warehouse@example.com */
            contactEmail?: string | null;
        };
        UpdateDepartmentDto: {
            /** @example 仓储部 */
            name?: string;
            /** @example 周主管 */
            contactName?: string | null;
            /** @example 0571-88880002 */
            contactPhone?: string | null;
            /** @example warehouse@example.com */
            contactEmail?: string | null;
        };
        CreateCustomerProductDto: {
            /** @example EB-200 电动自行车 */
            model: string;
            /**
             * @description Serial number or VIN; stored upper-case without spaces
             * @example LSVAB1234C5678901
             */
            serialNo?: string | null;
            /**
             * @description Licence plate, for vehicles
             * @example 浙A12345
             */
            plate?: string | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            purchaseDate?: string | null;
            /**
             * Format: date
             * @description Not before the purchase date
             * @example 2028-11-20
             */
            warrantyEnd?: string | null;
            /**
             * @description F-1: secondary-outlet sales get their first call on day 10
             * @default direct
             * @enum {string}
             */
            soldVia?: "direct" | "secondary_outlet";
            /**
             * Format: date
             * @description F-7: reminded a week ahead
             * @example 2027-05-20
             */
            nextMaintenanceDate?: string | null;
            /**
             * Format: date
             * @description F-7: annual inspection
             * @example 2027-11-20
             */
            inspectionDueDate?: string | null;
            /**
             * Format: date
             * @description F-7: insurance renewal
             * @example 2027-11-19
             */
            insuranceRenewalDate?: string | null;
        };
        CreateFileEventDto: {
            /**
             * @description A-2: 2 days for a sale, delivery, repair or visit; K-8: 3 days for a deal
             * @enum {string}
             */
            kind: "sale" | "delivery" | "repair" | "visit" | "deal" | "shipment" | "dealer_shipment";
            /**
             * Format: date-time
             * @example 2026-11-24T10:00:00+08:00
             */
            occurredAt: string;
            /**
             * @description Who owes the file entry; the caller when left out
             * @example AG-001
             */
            responsibleStaffCode?: string;
            /**
             * @description An existing customer (a repair or visit); left out for a new customer
             * @example CU-000001
             */
            customerNo?: string;
            /**
             * @description Order, delivery note or repair order
             * @example SO-20261124-0042
             */
            reference?: string;
            /** @example Delivered and installed at the warehouse */
            note?: string;
        };
        CreateCustomerDto: {
            /**
             * @description Given by another system; the next free number when left out
             * @example CU-000123
             */
            customerNo?: string;
            /** @example 王建国 */
            name: string;
            /**
             * @description A-4: counted for completeness
             * @example 杭州顺达物流有限公司
             */
            organisation?: string | null;
            /** @example 13800000001 */
            phone?: string | null;
            /** @example 浙江省杭州市 */
            region?: string | null;
            /**
             * @description Installation/delivery address; A-4: counted for completeness
             * @example 浙江省杭州市西湖区文三路 1 号
             */
            address?: string | null;
            /** @example 王经理 */
            contactPerson?: string | null;
            /**
             * @default regular
             * @enum {string}
             */
            tier?: "vip" | "dealer" | "group_buy" | "regular";
            /**
             * Format: date
             * @description F-6: birthday greetings
             * @example 1978-03-12
             */
            birthday?: string | null;
            /**
             * @description F-5: quiet hours in the customer's time
             * @default Asia/Shanghai
             * @example Asia/Shanghai
             */
            timeZone?: string;
            /**
             * @description A-5: chosen by load, VIP-ness and who brought the customer in when left out
             * @example AG-001
             */
            assignedAgentCode?: string | null;
            /**
             * @description A-5: partners and group-buy customers stay with this staff member
             * @example AG-002
             */
            broughtInBy?: string | null;
            products?: components["schemas"]["CreateCustomerProductDto"][];
            /** @description A-2: the recorded event this file was created for; it counts as filed now */
            fileEventId?: string;
            /** @description A-2: or the event itself, recorded and filed with the file */
            fileEvent?: components["schemas"]["CreateFileEventDto"];
        };
        CustomerProductDto: {
            /** @example 7f1c1e2a-9a43-4d55-9a57-2f1c6a0b9d10 */
            id: string;
            /** @example EB-200 电动自行车 */
            model: string;
            /** @example LSVAB1234C5678901 */
            serialNo: string | null;
            /** @example 浙A12345 */
            plate: string | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            purchaseDate: string | null;
            /**
             * Format: date
             * @example 2028-11-20
             */
            warrantyEnd: string | null;
            /** @enum {string} */
            soldVia: "direct" | "secondary_outlet";
            /** Format: date */
            nextMaintenanceDate: string | null;
            /** Format: date */
            inspectionDueDate: string | null;
            /** Format: date */
            insuranceRenewalDate: string | null;
        };
        CompletenessDto: {
            /** @description A-4: organisation and installation address recorded */
            complete: boolean;
            /**
             * @description A-1 fields still missing
             * @example [
             *       "address",
             *       "birthday"
             *     ]
             */
            missing: string[];
        };
        ServiceHistoryEntryDto: {
            /** @example CP-20261124-0001 */
            caseNo: string;
            /** @enum {string} */
            kind: "complaint" | "return" | "followup";
            /** @example closed */
            status: string;
            /** @example quality */
            category: string | null;
            /** @example quality/high via phone */
            summary: string;
            /** @example AG-001 */
            assignedAgentCode: string | null;
            /** @example refunded */
            result: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FileEventDto: {
            id: string;
            /** @enum {string} */
            kind: "sale" | "delivery" | "repair" | "visit" | "deal" | "shipment" | "dealer_shipment";
            /** Format: date-time */
            occurredAt: string;
            /**
             * Format: date-time
             * @description A-2 / K-8 deadline
             */
            dueAt: string;
            /** @example AG-001 */
            responsibleStaffCode: string;
            /** @example CU-000001 */
            customerNo: string | null;
            reference: string | null;
            note: string | null;
            /** Format: date-time */
            filedAt: string | null;
            /** @enum {string} */
            status: "open" | "overdue" | "late" | "on_time";
        };
        CustomerDetailDto: {
            /** @example CU-000001 */
            customerNo: string;
            /** @example 王建国 */
            name: string;
            /** @example 杭州顺达物流有限公司 */
            organisation: string | null;
            /** @example 13800000001 */
            phone: string | null;
            /** @example 浙江省杭州市 */
            region: string | null;
            /** @example 浙江省杭州市西湖区文三路 1 号 */
            address: string | null;
            /** @enum {string} */
            tier: "vip" | "dealer" | "group_buy" | "regular";
            /** @example AG-001 */
            assignedAgentCode: string | null;
            /** @description A-4: organisation and installation address recorded */
            complete: boolean;
            products: components["schemas"]["CustomerProductDto"][];
            /** Format: date-time */
            createdAt: string;
            /** @example 王经理 */
            contactPerson: string | null;
            /**
             * Format: date
             * @example 1978-03-12
             */
            birthday: string | null;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @example AG-002 */
            broughtInBy: string | null;
            completeness: components["schemas"]["CompletenessDto"];
            /** @description Complaints, returns and follow-ups, newest first (the latest 100) */
            serviceHistory: components["schemas"]["ServiceHistoryEntryDto"][];
            /** @description A-2: the events this file owes entries for */
            fileEvents: components["schemas"]["FileEventDto"][];
            /** Format: date-time */
            updatedAt: string;
        };
        CustomerProductBriefDto: {
            /** @example EB-200 电动自行车 */
            model: string;
            /** @example LSVAB1234C5678901 */
            serialNo: string | null;
            /** @example 浙A12345 */
            plate: string | null;
        };
        CustomerSummaryDto: {
            /** @example CU-000001 */
            customerNo: string;
            /** @example 王建国 */
            name: string;
            /** @example 杭州顺达物流有限公司 */
            organisation: string | null;
            /** @example 13800000001 */
            phone: string | null;
            /** @example 浙江省杭州市 */
            region: string | null;
            /** @example 浙江省杭州市西湖区文三路 1 号 */
            address: string | null;
            /** @enum {string} */
            tier: "vip" | "dealer" | "group_buy" | "regular";
            /** @example AG-001 */
            assignedAgentCode: string | null;
            /** @description A-4: organisation and installation address recorded */
            complete: boolean;
            products: components["schemas"]["CustomerProductBriefDto"][];
            /** Format: date-time */
            createdAt: string;
        };
        CustomerListDto: {
            items: components["schemas"]["CustomerSummaryDto"][];
            total: number;
        };
        SearchCustomersQuery: {
            /**
             * @description Page size
             * @default 50
             */
            limit?: number;
            /**
             * @description Items to skip
             * @default 0
             */
            offset?: number;
            /**
             * @description File created from (inclusive); a date is local midnight in Asia/Shanghai
             * @example 2026-11-01
             */
            from?: string;
            /**
             * @description File created before (exclusive)
             * @example 2026-12-01
             */
            to?: string;
            /**
             * @description Any part from 3 characters on; shorter text matches the beginning
             * @example 王建
             */
            name?: string;
            /**
             * @description 7+ digits match from the start; 4-6 digits match the end (the last digits)
             * @example 13800000001
             */
            phone?: string;
            /**
             * @description Serial number or VIN, whole or its beginning
             * @example LSVAB1234
             */
            serialNo?: string;
            /**
             * @description Licence plate, whole or its beginning
             * @example 浙A123
             */
            plate?: string;
            /**
             * @description Like name
             * @example 顺达物流
             */
            organisation?: string;
            /** @enum {string} */
            tier?: "vip" | "dealer" | "group_buy" | "regular";
            /**
             * @description The agent who looks after the customer
             * @example AG-001
             */
            agent?: string;
            /** @description A-4: only complete (true) or incomplete (false) files */
            complete?: boolean;
        };
        UpdateCustomerDto: {
            /** @example 王建国 */
            name?: string;
            /**
             * @description A-4: counted for completeness
             * @example 杭州顺达物流有限公司
             */
            organisation?: string | null;
            /** @example 13800000001 */
            phone?: string | null;
            /** @example 浙江省杭州市 */
            region?: string | null;
            /**
             * @description Installation/delivery address; A-4: counted for completeness
             * @example 浙江省杭州市西湖区文三路 1 号
             */
            address?: string | null;
            /** @example 王经理 */
            contactPerson?: string | null;
            /**
             * @default regular
             * @enum {string}
             */
            tier?: "vip" | "dealer" | "group_buy" | "regular";
            /**
             * Format: date
             * @description F-6: birthday greetings
             * @example 1978-03-12
             */
            birthday?: string | null;
            /**
             * @description F-5: quiet hours in the customer's time
             * @default Asia/Shanghai
             * @example Asia/Shanghai
             */
            timeZone?: string;
            /**
             * @description A-5: chosen by load, VIP-ness and who brought the customer in when left out
             * @example AG-001
             */
            assignedAgentCode?: string | null;
            /**
             * @description A-5: partners and group-buy customers stay with this staff member
             * @example AG-002
             */
            broughtInBy?: string | null;
        };
        UpdateCustomerProductDto: {
            /** @example EB-200 电动自行车 */
            model?: string;
            /**
             * @description Serial number or VIN; stored upper-case without spaces
             * @example LSVAB1234C5678901
             */
            serialNo?: string | null;
            /**
             * @description Licence plate, for vehicles
             * @example 浙A12345
             */
            plate?: string | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            purchaseDate?: string | null;
            /**
             * Format: date
             * @description Not before the purchase date
             * @example 2028-11-20
             */
            warrantyEnd?: string | null;
            /**
             * @description F-1: secondary-outlet sales get their first call on day 10
             * @default direct
             * @enum {string}
             */
            soldVia?: "direct" | "secondary_outlet";
            /**
             * Format: date
             * @description F-7: reminded a week ahead
             * @example 2027-05-20
             */
            nextMaintenanceDate?: string | null;
            /**
             * Format: date
             * @description F-7: annual inspection
             * @example 2027-11-20
             */
            inspectionDueDate?: string | null;
            /**
             * Format: date
             * @description F-7: insurance renewal
             * @example 2027-11-19
             */
            insuranceRenewalDate?: string | null;
        };
        FileEventListDto: {
            items: components["schemas"]["FileEventDto"][];
            total: number;
        };
        FileEventFiledDto: {
            /**
             * @description The file it went into, when the event named none
             * @example CU-000001
             */
            customerNo?: string;
        };
        GenerateSummaryDto: {
            /**
             * @description A month (monthly summary) or a year (yearly summary)
             * @example 2026-11
             */
            period: string;
        };
        SupervisorSummaryDetailDto: {
            /** @example 2026-11 */
            period: string;
            /** @enum {string} */
            kind: "monthly" | "yearly";
            /**
             * @description A filed summary can no longer change
             * @enum {string}
             */
            status: "draft" | "filed";
            generatedBy: string;
            /** Format: date-time */
            generatedAt: string;
            editedBy: string | null;
            /** Format: date-time */
            editedAt: string | null;
            filedBy: string | null;
            /** Format: date-time */
            filedAt: string | null;
            /** @description The summary in Markdown */
            body: string;
        };
        SupervisorSummaryDto: {
            /** @example 2026-11 */
            period: string;
            /** @enum {string} */
            kind: "monthly" | "yearly";
            /**
             * @description A filed summary can no longer change
             * @enum {string}
             */
            status: "draft" | "filed";
            generatedBy: string;
            /** Format: date-time */
            generatedAt: string;
            editedBy: string | null;
            /** Format: date-time */
            editedAt: string | null;
            filedBy: string | null;
            /** Format: date-time */
            filedAt: string | null;
        };
        SupervisorSummaryListDto: {
            items: components["schemas"]["SupervisorSummaryDto"][];
        };
        EditSummaryDto: {
            /** @description The whole Markdown text as the supervisor wrote it */
            body: string;
        };
        ReportDto: {
            /** @example complaints-weekly */
            report: string;
            /** @example 2026-11-01 */
            from: string;
            /**
             * @description Exclusive
             * @example 2026-12-01
             */
            to: string;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** Format: date-time */
            generatedAt: string;
            /** @description What the rows count, and the rules they measure */
            notes?: string[];
            /**
             * @example [
             *       "week",
             *       "dimension",
             *       "key",
             *       "complaints"
             *     ]
             */
            columns: string[];
            /**
             * @description One object per row, keyed by the columns
             * @example [
             *       {
             *         "week": "2026-11-02",
             *         "dimension": "category",
             *         "key": "quality",
             *         "complaints": 3
             *       }
             *     ]
             */
            rows: {
                [key: string]: string | number | boolean | null;
            }[];
        };
        CreateFollowUpDto: {
            /**
             * @description Customer file number
             * @example CU-000002
             */
            customerNo: string;
            /**
             * @description What happened. monthly_sample, quarterly_new_customer, quarterly_repair are created by the tier-2 and tier-3 Schedules only
             * @example delivery
             * @enum {string}
             */
            trigger: "delivery" | "repair" | "shipment" | "dealer_shipment" | "new_customer" | "event_invitation";
            /**
             * @description When it happened (delivery, repair hand-back, shipment); for an event invitation, when the event takes place. Default: now
             * @example 2026-11-24T10:00:00+08:00
             */
            occurredAt?: string;
            /**
             * @description A product of the customer's file; its sale channel decides the 7DC day (F-1)
             * @example 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed
             */
            productId?: string;
            /**
             * @description F-1: sales through secondary outlets are first called on day 10. Default: from the product, else direct
             * @enum {string}
             */
            soldVia?: "direct" | "secondary_outlet";
            /**
             * @description Order, repair order or waybill number
             * @example SO-20261124-88
             */
            reference?: string;
            /**
             * @description Who makes the calls. Default: the customer's own agent (A-5), else the least-loaded agent
             * @example AG-001
             */
            agent?: string;
            /**
             * @description Follow-up policy code. Default: default
             * @example default
             */
            policyCode?: string;
            /**
             * @description F-4: the repair bill in fen; large repairs are sampled for the GM office
             * @example 680000
             */
            repairAmountFen?: number;
            /** @description F-4: the repair followed a major accident */
            majorAccident?: boolean;
            /**
             * @description F-8: the event an invitation is for (required for event_invitation)
             * @example 2027 春季车主联谊会
             */
            eventName?: string;
        };
        FollowUpCreatedDto: {
            /** @example FU-20261124-0001 */
            planId: string;
            /** @example followup-FU-20261124-0001 */
            workflowId: string;
            /**
             * @description false when a retry with the same Idempotency-Key returned the earlier plan
             * @example true
             */
            created: boolean;
        };
        FollowUpSourceDto: {
            /**
             * @example delivery
             * @enum {string}
             */
            event: "customer_created" | "sale" | "delivery" | "repair" | "visit" | "deal" | "shipment" | "dealer_shipment" | "replacement_delivered" | "complaint_closed_after_department";
            /**
             * @description The file event id, the customer file, the return or the complaint number
             * @example CP-20261130-0001
             */
            id: string;
        };
        AttemptDto: {
            /** @example 1 */
            no: number;
            /**
             * Format: date-time
             * @example 2026-12-01T06:10:00.000Z
             */
            at: string;
            /** @example AG-001 */
            by: string;
            /** @enum {string} */
            outcome: "reached" | "no_answer" | "busy" | "wrong_number";
            /** @example 4 */
            satisfactionScore: number | null;
            /**
             * @description F-9: answers by question id; empty when the customer was not reached
             * @example {
             *       "identity_confirmed": true,
             *       "thanked": true
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
            notes: string | null;
            /** @example a second e-bike */
            purchaseIntent: string | null;
        };
        LinkedComplaintDto: {
            /** @example CP-20261201-0003 */
            caseNo: string | null;
            /** @enum {string} */
            status: "opening" | "registered" | "failed";
            reason?: string;
        };
        LeadDto: {
            /** @example FU-20261124-0001-7dc-lead */
            leadId: string;
            /** @example a second e-bike */
            interest: string;
            /** @enum {string} */
            status: "handing_over" | "accepted" | "refused" | "timed_out";
            /** @example SM-001 */
            salesOwner: string | null;
            reason: string | null;
        };
        ScriptLineDto: {
            /** @example dissatisfied_with */
            id: string;
            /** @example Not satisfied: ask what the customer is unhappy with */
            text: string;
            /** @enum {string} */
            type: "yes_no" | "text" | "number";
            required: boolean;
            /**
             * @description F-9: asked on every reached call, or by the score
             * @enum {string}
             */
            when: "reached" | "satisfied" | "unsatisfied";
        };
        CallDto: {
            /** @example FU-20261124-0001-7dc */
            callId: string;
            /** @example 7dc */
            stepKey: string;
            /** @example First follow-up after delivery (7DC): product and delivery satisfaction (F-1) */
            purpose: string;
            /** @enum {string} */
            status: "scheduled" | "due" | "done" | "missed" | "cancelled";
            /** @example AG-001 */
            agent: string;
            /**
             * Format: date-time
             * @description F-5: already moved out of quiet hours
             * @example 2026-12-01T06:00:00.000Z
             */
            dueAt: string;
            /**
             * Format: date-time
             * @example 2026-12-04T02:00:00.000Z
             */
            windowEnd: string;
            /**
             * Format: date-time
             * @description The due time or a retry later in the window; null once closed
             */
            nextAttemptAt: string | null;
            attempts: components["schemas"]["AttemptDto"][];
            /** @example unreached after 3 attempt(s) in the window */
            missReason: string | null;
            /** @description A missed call is escalated to the supervisor */
            escalated: boolean;
            /** @description F-10: the complaint a low score registered */
            complaint: components["schemas"]["LinkedComplaintDto"] | null;
            /** @description F-11: the lead handed to sales */
            lead: components["schemas"]["LeadDto"] | null;
            /** @description F-8: the invitation letter is queued */
            letterQueued: boolean;
            /** @description F-9: what the agent asks, in order */
            script: components["schemas"]["ScriptLineDto"][];
        };
        FollowUpTimelineEntryDto: {
            /** Format: date-time */
            at: string;
            /** @example call_due */
            event: string;
            /** @example system */
            by: string;
            note?: string;
        };
        FollowUpDetailDto: {
            /** @example FU-20261124-0001 */
            planId: string;
            /**
             * @example delivery
             * @enum {string}
             */
            trigger: "delivery" | "repair" | "shipment" | "dealer_shipment" | "new_customer" | "event_invitation" | "monthly_sample" | "quarterly_new_customer" | "quarterly_repair" | "exchange_replacement" | "complaint_call_back";
            /** @description The event that started the plan; null when registered by hand or sampled */
            source?: components["schemas"]["FollowUpSourceDto"] | null;
            /**
             * @description 1: F-1/F-2, 2: monthly sample (F-3), 3: GM office (F-4)
             * @example 1
             * @enum {integer}
             */
            tier: 1 | 2 | 3;
            /** @enum {string} */
            status: "active" | "completed" | "cancelled";
            /** @example CU-000002 */
            customerNo: string;
            /** @example AG-001 */
            agent: string | null;
            /** @example default v1 */
            policy: string | null;
            /**
             * @description F-5: quiet hours count on the customer's wall clock
             * @example Asia/Shanghai
             */
            timeZone: string | null;
            stateVersion: number;
            /**
             * @description The plan continues as new between calls; this counts the runs
             * @example 2
             */
            run: number;
            calls: components["schemas"]["CallDto"][];
            timeline: components["schemas"]["FollowUpTimelineEntryDto"][];
            /**
             * @description Reads only: `read_model` (the case as recorded at `stateVersion`) or `workflow` (`?live=true`, or a case not recorded yet)
             * @enum {string}
             */
            readFrom?: "read_model" | "workflow";
        };
        PurchaseIntentDto: {
            /** @example A second EB-200 for his daughter, this spring */
            interest: string;
        };
        RecordAttemptDto: {
            /**
             * @example reached
             * @enum {string}
             */
            outcome: "reached" | "no_answer" | "busy" | "wrong_number";
            /**
             * @description F-9: required when reached (except invitation calls)
             * @example 4
             */
            satisfactionScore?: number;
            /**
             * @description F-9: answers by question id of the call script (yes/no, text or number)
             * @example {
             *       "identity_confirmed": true,
             *       "thanked": true,
             *       "use_explained": true,
             *       "suggestions": "A reminder before the first service"
             *     }
             */
            answers?: {
                [key: string]: string | number | boolean;
            };
            /** @example Customer prefers calls after 16:00 */
            notes?: string;
            /** @description F-11: purchase intent the sales team has not acted on */
            purchaseIntent?: components["schemas"]["PurchaseIntentDto"];
            /**
             * @description F-10: what the complaint of a dissatisfied customer is about. Default: service
             * @enum {string}
             */
            complaintCategory?: "quality" | "service" | "logistics" | "billing" | "other";
        };
        CancelFollowUpDto: {
            /** @example Customer asked not to be called again */
            reason: string;
        };
        ReassignFollowUpDto: {
            /** @example AG-002 */
            agent: string;
        };
        FollowUpCallCountsDto: {
            /** @example 4 */
            total: number;
            /**
             * @description Scheduled or due
             * @example 3
             */
            open: number;
            /** @example 1 */
            done: number;
            /** @example 0 */
            missed: number;
        };
        FollowUpSummaryDto: {
            /** @example FU-20261124-0001 */
            planId: string;
            /** @example CU-000002 */
            customerNo: string;
            /** @example delivery */
            trigger: string;
            /** @example 1 */
            tier: number;
            /** @enum {string} */
            status: "active" | "completed" | "cancelled";
            /** @example AG-001 */
            agent: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @example default */
            policyCode: string;
            /** @example 1 */
            policyVersion: number;
            /**
             * Format: date-time
             * @description The next attempt of the earliest open call; null when none is open
             */
            nextCallAt: string | null;
            calls: components["schemas"]["FollowUpCallCountsDto"];
        };
        FollowUpListDto: {
            /** @description Newest first */
            items: components["schemas"]["FollowUpSummaryDto"][];
            total: number;
        };
        WorklistProductDto: {
            /** @example EB-200 */
            model: string;
            /** @example SN-EB2026-000123 */
            serialNo: string | null;
            /** @example 浙A12345 */
            plate: string | null;
            /**
             * Format: date
             * @example 2026-11-24
             */
            purchaseDate: string | null;
        };
        WorklistCustomerDto: {
            /** @example CU-000002 */
            customerNo: string;
            /** @example 李小红 */
            name: string;
            /** @example 13800000002 */
            phone: string | null;
            /** @example regular */
            tier: string;
            organisation: string | null;
            /** @example Asia/Shanghai */
            timeZone: string;
            /**
             * @description The customer's wall clock now
             * @example 2026-12-01 14:05 (working day)
             */
            localTime: string;
            /** @description F-5: whether a call now is inside the customer's call hours */
            callAllowedNow: boolean;
            products: components["schemas"]["WorklistProductDto"][];
        };
        WorklistItemDto: {
            /** @example FU-20261124-0001 */
            planId: string;
            /** @example FU-20261124-0001-7dc */
            callId: string;
            /** @example 1 */
            tier: number;
            /** @example delivery */
            trigger: string;
            purpose: string;
            /** @example AG-001 */
            agent: string;
            /**
             * @description `scheduled`: falls due later in the day or range; an attempt is accepted once it is `due`
             * @example due
             * @enum {string}
             */
            status: "scheduled" | "due";
            /** Format: date-time */
            dueAt: string;
            /**
             * Format: date-time
             * @description The due time, or a retry later in the window
             */
            nextAttemptAt: string;
            /** Format: date-time */
            windowEnd: string;
            /** @example 1 */
            attempts: number;
            /** @example no_answer */
            lastOutcome: string | null;
            customer: components["schemas"]["WorklistCustomerDto"];
            script: components["schemas"]["ScriptLineDto"][];
        };
        WorklistSatisfactionCustomerDto: {
            /** @example CU-000002 */
            customerNo: string;
            /** @example 李小红 */
            name: string;
            /** @example 13800000002 */
            phone: string | null;
            /** @example Asia/Shanghai */
            timeZone: string;
            /**
             * @description The customer's wall clock now
             * @example 2026-12-01 14:05 (working day)
             */
            localTime: string;
            /** @description F-5: whether a call now is inside the customer's call hours */
            callAllowedNow: boolean;
        };
        WorklistSatisfactionCallDto: {
            /** @example CP-20261201-0003 */
            caseNo: string;
            /**
             * @description The complaint's owner
             * @example AG-001
             */
            agent: string | null;
            /**
             * @description The remedy the customer is asked about (C-10)
             * @example repair
             */
            remedy: string;
            /**
             * Format: date-time
             * @description When the call fell due, or the next attempt after no answer (F-5)
             */
            dueAt: string;
            /**
             * @description Unanswered attempts so far; the third closes the case as unreached
             * @example 0
             */
            attempts: number;
            customer: components["schemas"]["WorklistSatisfactionCustomerDto"];
        };
        WorklistDto: {
            /**
             * @description The day asked for, or the first day of the range
             * @example 2026-12-01
             */
            date: string;
            /**
             * Format: date
             * @description The first day of a range; null for one day (then overdue calls are included)
             * @example null
             */
            from: string | null;
            /**
             * Format: date
             * @description The last day covered
             * @example 2026-12-01
             */
            to: string;
            /** @example AG-001 */
            agent: string | null;
            /** @description Open calls due by the end of the day (or within the range), earliest first */
            items: components["schemas"]["WorklistItemDto"][];
            total: number;
            /** @description C-8: satisfaction calls of resolved complaints due in the same days, earliest first (up to 200) */
            satisfactionCalls: components["schemas"]["WorklistSatisfactionCallDto"][];
        };
        OutboxMessageDto: {
            /** @example 42 */
            id: number;
            /** @enum {string} */
            channel: "staff-inbox" | "sms" | "email" | "letter";
            /** @example CU-000002 */
            recipient: string;
            /** @example 生日祝福 */
            subject: string;
            body: string;
            /** @example FU-20261124-0001 */
            caseNo: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When a channel adapter delivered it; null while it waits in the outbox (always in development)
             */
            sentAt: string | null;
            /** @example sms-gateway */
            deliveredVia: string | null;
            /** @example no phone number on file for CU-000009 */
            lastError: string | null;
        };
        OutboxListDto: {
            items: components["schemas"]["OutboxMessageDto"][];
            total: number;
        };
        InboxMessageDto: {
            /** @example 42 */
            id: number;
            /**
             * @description The staff code, or the role inbox (`supervisor`, `manager` …) it came through
             * @example AG-001
             */
            recipient: string;
            /** @example Satisfaction call due: complaint CP-20261201-0003 */
            subject: string;
            body: string;
            /** @example CP-20261201-0003 */
            caseNo: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the caller marked it read; null while unread
             */
            readAt: string | null;
        };
        InboxListDto: {
            /** @description Newest first */
            items: components["schemas"]["InboxMessageDto"][];
            /** @description Messages matching the filter */
            total: number;
            /** @description Unread messages in the whole inbox */
            unread: number;
        };
        ScriptQuestionDto: {
            /** @example received_intact */
            id: string;
            /** @example Did the goods arrive intact? */
            text: string;
            /** @enum {string} */
            type: "yes_no" | "text" | "number";
            required: boolean;
        };
        FollowUpStepDto: {
            /** @example 7dc */
            key: string;
            /** @example Delivery follow-up on day 7 (F-1) */
            purpose: string;
            /** @description From the trigger, or from the previous call when afterPrevious; negative before it (F-8) */
            dueAfterSeconds: number;
            /** @description F-1: sales through secondary outlets are called later */
            secondaryOutletDueAfterSeconds?: number;
            afterPrevious?: boolean;
            windowSeconds: number;
            /** @description F-9: whether the script asks for satisfaction and a score */
            askSatisfaction: boolean;
            questions: components["schemas"]["ScriptQuestionDto"][];
            /** @description F-8: an invitation letter follows the call */
            letterAfter?: boolean;
        };
        FollowUpPlansDto: {
            delivery: components["schemas"]["FollowUpStepDto"][];
            repair: components["schemas"]["FollowUpStepDto"][];
            shipment: components["schemas"]["FollowUpStepDto"][];
            dealer_shipment: components["schemas"]["FollowUpStepDto"][];
            new_customer: components["schemas"]["FollowUpStepDto"][];
            event_invitation: components["schemas"]["FollowUpStepDto"][];
            monthly_sample: components["schemas"]["FollowUpStepDto"][];
            quarterly_new_customer: components["schemas"]["FollowUpStepDto"][];
            quarterly_repair: components["schemas"]["FollowUpStepDto"][];
            /** @description Started by an exchange's replacement delivered; required in a new version, absent in versions older than the trigger */
            exchange_replacement?: components["schemas"]["FollowUpStepDto"][];
            /** @description F-10: started by a complaint closed after a department acted; required in a new version, absent in versions older than the trigger */
            complaint_call_back?: components["schemas"]["FollowUpStepDto"][];
        };
        TimeRangeDto: {
            /** @example 14:00 */
            from: string;
            /** @example 20:00 */
            to: string;
        };
        CallHoursDto: {
            /** @description Working days (and adjusted working days), minus holidays */
            workingDay: components["schemas"]["TimeRangeDto"][];
            /** @description Weekends and statutory holidays */
            restDay: components["schemas"]["TimeRangeDto"][];
        };
        RetryTermsDto: {
            afterSeconds: number;
            maxAttempts: number;
        };
        Tier2TermsDto: {
            sampleSize: number;
            /** @enum {string} */
            rule: "random" | "least_recently_called";
        };
        Tier3TermsDto: {
            newCustomerSampleSize: number;
            repairSampleSize: number;
            /** @description In fen */
            largeRepairFen: number;
        };
        DayRangeDto: {
            from: number;
            to: number;
        };
        CareTermsDto: {
            birthdayDaysBefore: components["schemas"]["DayRangeDto"];
            holidayGreetingDaysBefore: number;
            /**
             * @example [
             *       "Spring Festival"
             *     ]
             */
            greetedHolidays: string[];
            reminderDaysBefore: number;
        };
        FollowUpPolicyTermsDto: {
            /** @description The calls each trigger plans, in order */
            plans: components["schemas"]["FollowUpPlansDto"];
            /** @description F-5, in the customer's time zone */
            callHours: components["schemas"]["CallHoursDto"];
            retry: components["schemas"]["RetryTermsDto"];
            /** @description F-9 */
            unsatisfiedAtOrBelow: number;
            /** @description F-10: 0 never registers a complaint */
            complaintAtOrBelow: number;
            /** @description F-11 */
            leadAnswerSeconds: number;
            /** @description F-3 */
            tier2: components["schemas"]["Tier2TermsDto"];
            /** @description F-4 */
            tier3: components["schemas"]["Tier3TermsDto"];
            /** @description F-6, F-7 */
            care: components["schemas"]["CareTermsDto"];
        };
        FollowUpPolicyResponseDto: {
            /** @example default */
            code: string;
            /** @example 2 */
            version: number;
            active: boolean;
            /**
             * @example {
             *       "plans": {
             *         "delivery": [
             *           {
             *             "key": "7dc",
             *             "purpose": "First follow-up after delivery (7DC): product and delivery satisfaction (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "secondaryOutletDueAfterSeconds": 864000,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "use_explained",
             *                 "text": "Was the use of the product explained at delivery?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "product_issues",
             *                 "text": "Any problem with the product so far",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "one_month",
             *             "purpose": "Periodic follow-up one month after purchase (F-2)",
             *             "dueAfterSeconds": 2592000,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           },
             *           {
             *             "key": "one_year",
             *             "purpose": "Periodic follow-up one year after purchase (F-2)",
             *             "dueAfterSeconds": 31536000,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "repair": [
             *           {
             *             "key": "3dc",
             *             "purpose": "Follow-up 3 to 5 days after the repair or service visit (3DC, F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "vehicle_use",
             *                 "text": "How the product has been running since",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received, and intact? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "dealer_shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received and intact? Tell the dealer our stock (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               },
             *               {
             *                 "id": "stock_told",
             *                 "text": "Was the dealer told our stock?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           },
             *           {
             *             "key": "sell_through",
             *             "purpose": "Day 7 after shipment: sell-through and support needed (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "sell_through",
             *                 "text": "Where and how fast the goods are selling",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "support_needed",
             *                 "text": "Leaflets, promotion material or other support needed",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "market_feedback",
             *             "purpose": "Day 21 after shipment: market feedback and stock on hand (F-1)",
             *             "dueAfterSeconds": 1814400,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "market_feedback",
             *                 "text": "Market reaction; suggestions on product, channel, promotion",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "stock_on_hand",
             *                 "text": "Units in stock at the dealer",
             *                 "type": "number",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "new_customer": [
             *           {
             *             "key": "welcome",
             *             "purpose": "New customer: first contact within 3 days (A-6)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "contact_confirmed",
             *                 "text": "Are the contact details in the file right?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "event_invitation": [
             *           {
             *             "key": "invitation",
             *             "purpose": "Event invitation by phone two weeks ahead; the letter follows (F-8)",
             *             "dueAfterSeconds": -1209600,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": false,
             *             "questions": [
             *               {
             *                 "id": "attending",
             *                 "text": "Will the customer attend?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ],
             *             "letterAfter": true
             *           }
             *         ],
             *         "exchange_replacement": [
             *           {
             *             "key": "replacement_received",
             *             "purpose": "Day 3 after the replacement was delivered: received, intact, problem solved? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "intact",
             *                 "text": "Did the replacement arrive intact?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved with the replacement?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "complaint_call_back": [
             *           {
             *             "key": "after_department",
             *             "purpose": "Call again after the department acted on the complaint: is the customer satisfied now? (F-10)",
             *             "dueAfterSeconds": 86400,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "department_action_known",
             *                 "text": "Does the customer know what the department did?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "remaining_concern",
             *                 "text": "What still concerns the customer",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "monthly_sample": [
             *           {
             *             "key": "monthly_sample",
             *             "purpose": "Monthly sample call by customer service (tier 2, F-3)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_new_customer": [
             *           {
             *             "key": "quarterly_new_customer",
             *             "purpose": "General manager's office: new customer a quarter after purchase (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_repair": [
             *           {
             *             "key": "quarterly_repair",
             *             "purpose": "General manager's office: large repair, major accident or VIP (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ]
             *       },
             *       "callHours": {
             *         "workingDay": [
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ],
             *         "restDay": [
             *           {
             *             "from": "10:00",
             *             "to": "12:00"
             *           },
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ]
             *       },
             *       "retry": {
             *         "afterSeconds": 7200,
             *         "maxAttempts": 3
             *       },
             *       "unsatisfiedAtOrBelow": 3,
             *       "complaintAtOrBelow": 2,
             *       "leadAnswerSeconds": 86400,
             *       "tier2": {
             *         "sampleSize": 20,
             *         "rule": "random"
             *       },
             *       "tier3": {
             *         "newCustomerSampleSize": 10,
             *         "repairSampleSize": 10,
             *         "largeRepairFen": 500000
             *       },
             *       "care": {
             *         "birthdayDaysBefore": {
             *           "from": 7,
             *           "to": 2
             *         },
             *         "holidayGreetingDaysBefore": 1,
             *         "greetedHolidays": [
             *           "New Year's Day",
             *           "Spring Festival",
             *           "Labour Day",
             *           "Mid-autumn Festival",
             *           "National Day"
             *         ],
             *         "reminderDaysBefore": 7
             *       }
             *     }
             */
            terms: components["schemas"]["FollowUpPolicyTermsDto"];
            /** @example ADM-001 */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        FollowUpPolicyListDto: {
            items: components["schemas"]["FollowUpPolicyResponseDto"][];
            total: number;
        };
        FollowUpPolicyDetailDto: {
            /** @example default */
            code: string;
            /** @example 2 */
            version: number;
            active: boolean;
            /**
             * @example {
             *       "plans": {
             *         "delivery": [
             *           {
             *             "key": "7dc",
             *             "purpose": "First follow-up after delivery (7DC): product and delivery satisfaction (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "secondaryOutletDueAfterSeconds": 864000,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "use_explained",
             *                 "text": "Was the use of the product explained at delivery?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "product_issues",
             *                 "text": "Any problem with the product so far",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "one_month",
             *             "purpose": "Periodic follow-up one month after purchase (F-2)",
             *             "dueAfterSeconds": 2592000,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           },
             *           {
             *             "key": "one_year",
             *             "purpose": "Periodic follow-up one year after purchase (F-2)",
             *             "dueAfterSeconds": 31536000,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "repair": [
             *           {
             *             "key": "3dc",
             *             "purpose": "Follow-up 3 to 5 days after the repair or service visit (3DC, F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "vehicle_use",
             *                 "text": "How the product has been running since",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received, and intact? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "dealer_shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received and intact? Tell the dealer our stock (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               },
             *               {
             *                 "id": "stock_told",
             *                 "text": "Was the dealer told our stock?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           },
             *           {
             *             "key": "sell_through",
             *             "purpose": "Day 7 after shipment: sell-through and support needed (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "sell_through",
             *                 "text": "Where and how fast the goods are selling",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "support_needed",
             *                 "text": "Leaflets, promotion material or other support needed",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "market_feedback",
             *             "purpose": "Day 21 after shipment: market feedback and stock on hand (F-1)",
             *             "dueAfterSeconds": 1814400,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "market_feedback",
             *                 "text": "Market reaction; suggestions on product, channel, promotion",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "stock_on_hand",
             *                 "text": "Units in stock at the dealer",
             *                 "type": "number",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "new_customer": [
             *           {
             *             "key": "welcome",
             *             "purpose": "New customer: first contact within 3 days (A-6)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "contact_confirmed",
             *                 "text": "Are the contact details in the file right?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "event_invitation": [
             *           {
             *             "key": "invitation",
             *             "purpose": "Event invitation by phone two weeks ahead; the letter follows (F-8)",
             *             "dueAfterSeconds": -1209600,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": false,
             *             "questions": [
             *               {
             *                 "id": "attending",
             *                 "text": "Will the customer attend?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ],
             *             "letterAfter": true
             *           }
             *         ],
             *         "exchange_replacement": [
             *           {
             *             "key": "replacement_received",
             *             "purpose": "Day 3 after the replacement was delivered: received, intact, problem solved? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "intact",
             *                 "text": "Did the replacement arrive intact?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved with the replacement?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "complaint_call_back": [
             *           {
             *             "key": "after_department",
             *             "purpose": "Call again after the department acted on the complaint: is the customer satisfied now? (F-10)",
             *             "dueAfterSeconds": 86400,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "department_action_known",
             *                 "text": "Does the customer know what the department did?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "remaining_concern",
             *                 "text": "What still concerns the customer",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "monthly_sample": [
             *           {
             *             "key": "monthly_sample",
             *             "purpose": "Monthly sample call by customer service (tier 2, F-3)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_new_customer": [
             *           {
             *             "key": "quarterly_new_customer",
             *             "purpose": "General manager's office: new customer a quarter after purchase (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_repair": [
             *           {
             *             "key": "quarterly_repair",
             *             "purpose": "General manager's office: large repair, major accident or VIP (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ]
             *       },
             *       "callHours": {
             *         "workingDay": [
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ],
             *         "restDay": [
             *           {
             *             "from": "10:00",
             *             "to": "12:00"
             *           },
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ]
             *       },
             *       "retry": {
             *         "afterSeconds": 7200,
             *         "maxAttempts": 3
             *       },
             *       "unsatisfiedAtOrBelow": 3,
             *       "complaintAtOrBelow": 2,
             *       "leadAnswerSeconds": 86400,
             *       "tier2": {
             *         "sampleSize": 20,
             *         "rule": "random"
             *       },
             *       "tier3": {
             *         "newCustomerSampleSize": 10,
             *         "repairSampleSize": 10,
             *         "largeRepairFen": 500000
             *       },
             *       "care": {
             *         "birthdayDaysBefore": {
             *           "from": 7,
             *           "to": 2
             *         },
             *         "holidayGreetingDaysBefore": 1,
             *         "greetedHolidays": [
             *           "New Year's Day",
             *           "Spring Festival",
             *           "Labour Day",
             *           "Mid-autumn Festival",
             *           "National Day"
             *         ],
             *         "reminderDaysBefore": 7
             *       }
             *     }
             */
            terms: components["schemas"]["FollowUpPolicyTermsDto"];
            /** @example ADM-001 */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Every version, newest first */
            versions: components["schemas"]["FollowUpPolicyResponseDto"][];
        };
        CreateFollowUpPolicyDto: {
            /**
             * @description Every term (a PUT replaces them all): `plans` per trigger with each call's dueAfterSeconds, windowSeconds and script questions (F-1, F-2, A-6, F-8, F-9); `callHours` in the customer's time zone (F-5); `retry`; `unsatisfiedAtOrBelow` (F-9) and `complaintAtOrBelow` (F-10); `leadAnswerSeconds` (F-11); `tier2` (F-3) and `tier3` (F-4) samples; `care` (F-6, F-7). Checked field by field; a 400 names the field, e.g. `terms.plans.delivery[0].windowSeconds`.
             * @example {
             *       "plans": {
             *         "delivery": [
             *           {
             *             "key": "7dc",
             *             "purpose": "First follow-up after delivery (7DC): product and delivery satisfaction (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "secondaryOutletDueAfterSeconds": 864000,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "use_explained",
             *                 "text": "Was the use of the product explained at delivery?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "product_issues",
             *                 "text": "Any problem with the product so far",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "one_month",
             *             "purpose": "Periodic follow-up one month after purchase (F-2)",
             *             "dueAfterSeconds": 2592000,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           },
             *           {
             *             "key": "one_year",
             *             "purpose": "Periodic follow-up one year after purchase (F-2)",
             *             "dueAfterSeconds": 31536000,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "repair": [
             *           {
             *             "key": "3dc",
             *             "purpose": "Follow-up 3 to 5 days after the repair or service visit (3DC, F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "vehicle_use",
             *                 "text": "How the product has been running since",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received, and intact? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "dealer_shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received and intact? Tell the dealer our stock (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               },
             *               {
             *                 "id": "stock_told",
             *                 "text": "Was the dealer told our stock?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           },
             *           {
             *             "key": "sell_through",
             *             "purpose": "Day 7 after shipment: sell-through and support needed (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "sell_through",
             *                 "text": "Where and how fast the goods are selling",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "support_needed",
             *                 "text": "Leaflets, promotion material or other support needed",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "market_feedback",
             *             "purpose": "Day 21 after shipment: market feedback and stock on hand (F-1)",
             *             "dueAfterSeconds": 1814400,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "market_feedback",
             *                 "text": "Market reaction; suggestions on product, channel, promotion",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "stock_on_hand",
             *                 "text": "Units in stock at the dealer",
             *                 "type": "number",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "new_customer": [
             *           {
             *             "key": "welcome",
             *             "purpose": "New customer: first contact within 3 days (A-6)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "contact_confirmed",
             *                 "text": "Are the contact details in the file right?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "event_invitation": [
             *           {
             *             "key": "invitation",
             *             "purpose": "Event invitation by phone two weeks ahead; the letter follows (F-8)",
             *             "dueAfterSeconds": -1209600,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": false,
             *             "questions": [
             *               {
             *                 "id": "attending",
             *                 "text": "Will the customer attend?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ],
             *             "letterAfter": true
             *           }
             *         ],
             *         "exchange_replacement": [
             *           {
             *             "key": "replacement_received",
             *             "purpose": "Day 3 after the replacement was delivered: received, intact, problem solved? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "intact",
             *                 "text": "Did the replacement arrive intact?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved with the replacement?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "complaint_call_back": [
             *           {
             *             "key": "after_department",
             *             "purpose": "Call again after the department acted on the complaint: is the customer satisfied now? (F-10)",
             *             "dueAfterSeconds": 86400,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "department_action_known",
             *                 "text": "Does the customer know what the department did?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "remaining_concern",
             *                 "text": "What still concerns the customer",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "monthly_sample": [
             *           {
             *             "key": "monthly_sample",
             *             "purpose": "Monthly sample call by customer service (tier 2, F-3)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_new_customer": [
             *           {
             *             "key": "quarterly_new_customer",
             *             "purpose": "General manager's office: new customer a quarter after purchase (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_repair": [
             *           {
             *             "key": "quarterly_repair",
             *             "purpose": "General manager's office: large repair, major accident or VIP (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ]
             *       },
             *       "callHours": {
             *         "workingDay": [
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ],
             *         "restDay": [
             *           {
             *             "from": "10:00",
             *             "to": "12:00"
             *           },
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ]
             *       },
             *       "retry": {
             *         "afterSeconds": 7200,
             *         "maxAttempts": 3
             *       },
             *       "unsatisfiedAtOrBelow": 3,
             *       "complaintAtOrBelow": 2,
             *       "leadAnswerSeconds": 86400,
             *       "tier2": {
             *         "sampleSize": 20,
             *         "rule": "random"
             *       },
             *       "tier3": {
             *         "newCustomerSampleSize": 10,
             *         "repairSampleSize": 10,
             *         "largeRepairFen": 500000
             *       },
             *       "care": {
             *         "birthdayDaysBefore": {
             *           "from": 7,
             *           "to": 2
             *         },
             *         "holidayGreetingDaysBefore": 1,
             *         "greetedHolidays": [
             *           "New Year's Day",
             *           "Spring Festival",
             *           "Labour Day",
             *           "Mid-autumn Festival",
             *           "National Day"
             *         ],
             *         "reminderDaysBefore": 7
             *       }
             *     }
             */
            terms: components["schemas"]["FollowUpPolicyTermsDto"];
            /**
             * @description false deactivates the code from this version on (never the default policy)
             * @default true
             */
            active?: boolean;
            /** @example dealers-2027 */
            code: string;
        };
        FollowUpPolicyVersionDto: {
            /**
             * @description Every term (a PUT replaces them all): `plans` per trigger with each call's dueAfterSeconds, windowSeconds and script questions (F-1, F-2, A-6, F-8, F-9); `callHours` in the customer's time zone (F-5); `retry`; `unsatisfiedAtOrBelow` (F-9) and `complaintAtOrBelow` (F-10); `leadAnswerSeconds` (F-11); `tier2` (F-3) and `tier3` (F-4) samples; `care` (F-6, F-7). Checked field by field; a 400 names the field, e.g. `terms.plans.delivery[0].windowSeconds`.
             * @example {
             *       "plans": {
             *         "delivery": [
             *           {
             *             "key": "7dc",
             *             "purpose": "First follow-up after delivery (7DC): product and delivery satisfaction (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "secondaryOutletDueAfterSeconds": 864000,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "use_explained",
             *                 "text": "Was the use of the product explained at delivery?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "product_issues",
             *                 "text": "Any problem with the product so far",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "one_month",
             *             "purpose": "Periodic follow-up one month after purchase (F-2)",
             *             "dueAfterSeconds": 2592000,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           },
             *           {
             *             "key": "one_year",
             *             "purpose": "Periodic follow-up one year after purchase (F-2)",
             *             "dueAfterSeconds": 31536000,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "repair": [
             *           {
             *             "key": "3dc",
             *             "purpose": "Follow-up 3 to 5 days after the repair or service visit (3DC, F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "vehicle_use",
             *                 "text": "How the product has been running since",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "second",
             *             "purpose": "Second follow-up, a week after the first (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "afterPrevious": true,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "topic",
             *                 "text": "What the customer was interested in this time (no repeat of the first call)",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received, and intact? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "dealer_shipment": [
             *           {
             *             "key": "received_intact",
             *             "purpose": "Day 3 after shipment: received and intact? Tell the dealer our stock (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "received",
             *                 "text": "Has the shipment arrived?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "intact",
             *                 "text": "Did it arrive intact?",
             *                 "type": "yes_no",
             *                 "required": false
             *               },
             *               {
             *                 "id": "stock_told",
             *                 "text": "Was the dealer told our stock?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           },
             *           {
             *             "key": "sell_through",
             *             "purpose": "Day 7 after shipment: sell-through and support needed (F-1)",
             *             "dueAfterSeconds": 604800,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "sell_through",
             *                 "text": "Where and how fast the goods are selling",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "support_needed",
             *                 "text": "Leaflets, promotion material or other support needed",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           },
             *           {
             *             "key": "market_feedback",
             *             "purpose": "Day 21 after shipment: market feedback and stock on hand (F-1)",
             *             "dueAfterSeconds": 1814400,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "market_feedback",
             *                 "text": "Market reaction; suggestions on product, channel, promotion",
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "id": "stock_on_hand",
             *                 "text": "Units in stock at the dealer",
             *                 "type": "number",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "new_customer": [
             *           {
             *             "key": "welcome",
             *             "purpose": "New customer: first contact within 3 days (A-6)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "contact_confirmed",
             *                 "text": "Are the contact details in the file right?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "event_invitation": [
             *           {
             *             "key": "invitation",
             *             "purpose": "Event invitation by phone two weeks ahead; the letter follows (F-8)",
             *             "dueAfterSeconds": -1209600,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": false,
             *             "questions": [
             *               {
             *                 "id": "attending",
             *                 "text": "Will the customer attend?",
             *                 "type": "yes_no",
             *                 "required": false
             *               }
             *             ],
             *             "letterAfter": true
             *           }
             *         ],
             *         "exchange_replacement": [
             *           {
             *             "key": "replacement_received",
             *             "purpose": "Day 3 after the replacement was delivered: received, intact, problem solved? (F-1)",
             *             "dueAfterSeconds": 259200,
             *             "windowSeconds": 172800,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "intact",
             *                 "text": "Did the replacement arrive intact?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "problem_solved",
             *                 "text": "Is the problem solved with the replacement?",
             *                 "type": "yes_no",
             *                 "required": true
             *               }
             *             ]
             *           }
             *         ],
             *         "complaint_call_back": [
             *           {
             *             "key": "after_department",
             *             "purpose": "Call again after the department acted on the complaint: is the customer satisfied now? (F-10)",
             *             "dueAfterSeconds": 86400,
             *             "windowSeconds": 259200,
             *             "askSatisfaction": true,
             *             "questions": [
             *               {
             *                 "id": "department_action_known",
             *                 "text": "Does the customer know what the department did?",
             *                 "type": "yes_no",
             *                 "required": true
             *               },
             *               {
             *                 "id": "remaining_concern",
             *                 "text": "What still concerns the customer",
             *                 "type": "text",
             *                 "required": false
             *               }
             *             ]
             *           }
             *         ],
             *         "monthly_sample": [
             *           {
             *             "key": "monthly_sample",
             *             "purpose": "Monthly sample call by customer service (tier 2, F-3)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 604800,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_new_customer": [
             *           {
             *             "key": "quarterly_new_customer",
             *             "purpose": "General manager's office: new customer a quarter after purchase (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ],
             *         "quarterly_repair": [
             *           {
             *             "key": "quarterly_repair",
             *             "purpose": "General manager's office: large repair, major accident or VIP (tier 3, F-4)",
             *             "dueAfterSeconds": 0,
             *             "windowSeconds": 1209600,
             *             "askSatisfaction": true,
             *             "questions": []
             *           }
             *         ]
             *       },
             *       "callHours": {
             *         "workingDay": [
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ],
             *         "restDay": [
             *           {
             *             "from": "10:00",
             *             "to": "12:00"
             *           },
             *           {
             *             "from": "14:00",
             *             "to": "20:00"
             *           }
             *         ]
             *       },
             *       "retry": {
             *         "afterSeconds": 7200,
             *         "maxAttempts": 3
             *       },
             *       "unsatisfiedAtOrBelow": 3,
             *       "complaintAtOrBelow": 2,
             *       "leadAnswerSeconds": 86400,
             *       "tier2": {
             *         "sampleSize": 20,
             *         "rule": "random"
             *       },
             *       "tier3": {
             *         "newCustomerSampleSize": 10,
             *         "repairSampleSize": 10,
             *         "largeRepairFen": 500000
             *       },
             *       "care": {
             *         "birthdayDaysBefore": {
             *           "from": 7,
             *           "to": 2
             *         },
             *         "holidayGreetingDaysBefore": 1,
             *         "greetedHolidays": [
             *           "New Year's Day",
             *           "Spring Festival",
             *           "Labour Day",
             *           "Mid-autumn Festival",
             *           "National Day"
             *         ],
             *         "reminderDaysBefore": 7
             *       }
             *     }
             */
            terms: components["schemas"]["FollowUpPolicyTermsDto"];
            /**
             * @description false deactivates the code from this version on (never the default policy)
             * @default true
             */
            active?: boolean;
        };
        MessageTemplateDto: {
            /**
             * @example replacement_shipped
             * @enum {string}
             */
            key: "return_received" | "refund_refused" | "refunded" | "shipping_fee_due" | "replacement_shipped" | "parts_shipped" | "tracking_update" | "care_birthday" | "care_holiday" | "care_maintenance" | "care_inspection" | "care_insurance" | "event_invitation";
            /**
             * @example sms
             * @enum {string}
             */
            channel: "sms" | "letter" | "email";
            /**
             * @example zh-CN
             * @enum {string}
             */
            language: "zh-CN" | "en";
            /**
             * @description What the message is for (staff language)
             * @example L-4: the replacement ships: courier and waybill number
             */
            purpose: string;
            /** @example 换货已发出 */
            subject: string;
            /** @example 您的换货已由{{courier}}发出，运单号{{waybillNo}}，请注意查收。 */
            body: string;
            /**
             * @description The variables the subject and body may use, as `{{name}}`
             * @example [
             *       "returnNo",
             *       "courier",
             *       "waybillNo"
             *     ]
             */
            variables: string[];
            /** @example 1 */
            version: number;
            /** @example admin */
            updatedBy: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MessageTemplateListDto: {
            items: components["schemas"]["MessageTemplateDto"][];
        };
        PutMessageTemplateDto: {
            /** @example 换货已发出 */
            subject: string;
            /**
             * @description May use only the template's declared variables, as `{{name}}`; no rule ids
             * @example 您的换货已由{{courier}}发出，运单号{{waybillNo}}，请注意查收。
             */
            body: string;
        };
        CreateCustomerEventDto: {
            /**
             * @example service_day
             * @enum {string}
             */
            kind: "service_day" | "product_recall" | "customer_meeting" | "other";
            /**
             * @description The event as customers read it in the call and the letter
             * @example 2027 春季免费检测日
             */
            name: string;
            /**
             * @description When the event takes place; the calls are due two weeks before
             * @example 2027-03-20T09:00:00+08:00
             */
            date: string;
            /**
             * @description The chosen customers, by file number
             * @example [
             *       "CU-000001",
             *       "CU-000002"
             *     ]
             */
            customerNos: string[];
            /**
             * @description The follow-up policy whose invitation call and letter apply. Default: default
             * @example default
             */
            policyCode?: string;
        };
        CustomerEventPlanDto: {
            /** @example CU-000001 */
            customerNo: string;
            /**
             * @description The customer's invitation plan: the call on the worklist, then the letter
             * @example FU-20261124-0001
             */
            planId: string;
        };
        CustomerEventDto: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            kind: "service_day" | "product_recall" | "customer_meeting" | "other";
            /** @example 2027 春季免费检测日 */
            name: string;
            /** Format: date-time */
            date: string;
            plans: components["schemas"]["CustomerEventPlanDto"][];
            /** @example SU-001 */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_TRANSITION" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "TOO_MANY_REQUESTS" | "DEPENDENCY_UNAVAILABLE" | "OVERLOADED" | "INTERNAL_ERROR";
        ErrorBodyDto: {
            /**
             * @description The HTTP status, repeated
             * @example 400
             */
            statusCode: number;
            /** @example VALIDATION_FAILED */
            code: components["schemas"]["ErrorCode"];
            /** @example category must be one of: quality, service, logistics, billing, other */
            message: string;
            /**
             * @description The request field at fault, when it is one field (a body path such as `items.0.sku`, a query parameter or a header)
             * @example category
             */
            field?: string;
            /**
             * @description The fields at fault, when there are several
             * @example [
             *       "category",
             *       "description"
             *     ]
             */
            fields?: string[];
            /**
             * @description The request id (also the `X-Request-Id` response header); it finds the request in the logs
             * @example 5f0c6a52-1d1e-4d6b-9a55-1f0b2b0f3c11
             */
            requestId: string;
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
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many attempts for this username from this address (Retry-After says when to try again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the credentials stand for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhoAmIDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Auth_signOutEverywhere: {
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
                    "application/json": components["schemas"]["SessionsEndedDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminCredentials_setCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCredentialsDto"];
            };
        };
        responses: {
            /** @description The staff member can sign in with these credentials */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Only admins */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The username is taken by another staff member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminCredentials_signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["SessionsEndedDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Only admins */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminCredentials_listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every key, newest first, revoked ones with revokedAt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Only admins */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminCredentials_createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Only admins */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AdminCredentials_revokeApiKey: {
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
            /** @description The key is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Only admins */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Database and Temporal reachable, a worker polls the task queue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description A dependency is down; the body says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    Complaints_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description C-2: rows from before the classification count as complaint */
                classification?: "repair" | "consultation" | "complaint";
                /** @description Registered at or after (inclusive) */
                from?: string;
                /** @description Registered before (exclusive) */
                to?: string;
                /** @description Free text: part of the case number, the customer number, the customer name (any part from 3 characters, else its beginning), the phone (7+ digits from the start, 4-6 as the last digits), the beginning of the product/order reference, or words of the description (from 2 letters or digits; case, spaces and punctuation ignored: a case matches when it holds every pair of neighbouring characters of the text). The description is searched through keyed tokens (a blind index) and is never stored in clear. Send names, phones and descriptions with POST /complaints/search. */
                q?: string;
                /** @description newest first (when omitted), or the next SLA deadline first (cases without one last) */
                sort?: "newest" | "next_deadline";
                status?: "registered" | "assigned" | "contacted" | "forwarded" | "department_answered" | "department_timed_out" | "resolved" | "satisfaction_confirmed" | "reopened" | "closed" | "cancelled";
                agent?: string;
                category?: "quality" | "service" | "logistics" | "billing" | "other";
                /** @description 0 agent, 1 supervisor, 2 manager, 3 GM office */
                escalationLevel?: number;
                /** @description Only complaints that missed (true) or met so far (false) an SLA target */
                breached?: boolean;
                customer?: string;
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
                    "application/json": components["schemas"]["ComplaintListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried POST with the same key and body returns the same case with 200 instead of 201; the same key with another body is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComplaintDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the case registered before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintCreatedDto"];
                };
            };
            /** @description The case number and workflow id of the registered complaint */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintCreatedDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Idempotency-Key reused with another body, or a customer file that cannot take a complaint */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_searchByBody: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListComplaintsQuery"];
            };
        };
        responses: {
            /** @description The same list as GET /complaints, with the terms in the body; prefer it for names and phone numbers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintListDto"];
                };
            };
            /** @description Invalid term; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_get: {
        parameters: {
            query?: {
                /** @description true: ask the workflow itself (waits at most 3 s, then 503); by default the case as last recorded, with its version in `stateVersion` and the `ETag` */
                live?: boolean;
            };
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The state version of the case view, quoted (e.g. `"7"`) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The complaint is already resolved, closed or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactComplaintDto"];
            };
        };
        responses: {
            /** @description C-3: first contact moves the case on; later calls are logged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_waitForCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaitForCustomerDto"];
            };
        };
        responses: {
            /** @description The SLA clock stops until resume or the next contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
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
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_satisfaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionDto"];
            };
        };
        responses: {
            /** @description C-8: 3 or more closes the case, 2 or less reopens it; unreached 3 times closes it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_note: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description C-13: every call and note is logged on the case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_forward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardComplaintDto"];
            };
        };
        responses: {
            /** @description C-4: asks to hand the case to the quality department; a manager confirms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Complaints_confirmForward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description C-7: a supervisor or above confirms; the SLA clock stops while the department works */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not allowed in the current state; the message names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NegativeReviews_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                status?: "recorded" | "contacted" | "remedy_offered" | "closed";
                platform?: "taobao" | "tmall" | "jd" | "pinduoduo" | "douyin" | "own_shop" | "other";
                /** @description Recorded at or after (inclusive) */
                from?: string;
                /** @description Recorded before (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, by status, platform and recording date range; without the text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegativeReviewListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The after-sales back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NegativeReviews_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordNegativeReviewDto"];
            };
        };
        responses: {
            /** @description The review of this platform and order was recorded before with the same rating and text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegativeReviewDetailDto"];
                };
            };
            /** @description Recorded; the text is stored encrypted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegativeReviewDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The after-sales back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No customer with that number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A review of this platform and order is recorded with another rating, text or customer */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NegativeReviews_get: {
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
                content: {
                    "application/json": components["schemas"]["NegativeReviewDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The after-sales back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such review */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NegativeReviews_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactBuyerDto"];
            };
        };
        responses: {
            /** @description The buyer was reached; the caller handles the review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegativeReviewDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The after-sales back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such review */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not possible in the review's state (the message names it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NegativeReviews_offerRemedy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferRemedyDto"];
            };
        };
        responses: {
            /** @description C-15: return/exchange for an unused item, else a VIP upgrade, a gift or free shipping on the next order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegativeReviewDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The after-sales back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such review */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not possible in the review's state (the message names it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NegativeReviews_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseNegativeReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegativeReviewDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The after-sales back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such review */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not possible in the review's state (the message names it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SlaPolicies_list: {
        parameters: {
            query?: {
                /** @description Every version of every code instead of the latest of each */
                all?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of each code (every version with ?all=true), by code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SlaPolicies_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlaPolicyDto"];
            };
        };
        responses: {
            /** @description Version 1 of the new code */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyResponseDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The code exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SlaPolicies_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version and every version, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No policy with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SlaPolicies_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyTermsDto"];
            };
        };
        responses: {
            /** @description The new version; running complaints keep the version they started with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyResponseDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No policy with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The default policy must stay active and match every complaint */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Calendars_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of each calendar, with a warning for each missing holiday schedule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarListDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Calendars_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarDto"];
            };
        };
        responses: {
            /** @description Version 1 of the new calendar */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResponseDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The code exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Calendars_get: {
        parameters: {
            query?: {
                /** @description A given version instead of the latest */
                version?: number;
                /** @description Only the exceptions dated in this year */
                year?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A version (the latest by default) with its exceptions, and every version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No calendar with this code, or no such version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Calendars_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarTermsDto"];
            };
        };
        responses: {
            /** @description The new version; running cases keep the version they started with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResponseDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No calendar with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Calendars_importSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportScheduleDto"];
            };
        };
        responses: {
            /** @description The new version with the year's schedule; running cases keep the version they started with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResponseDto"];
                };
            };
            /** @description Invalid field, iCalendar event or entry; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No calendar with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
                status?: "requested" | "agreed" | "rejected" | "buyer_shipped" | "received" | "inspected" | "refund_pending" | "refunded" | "replacement_shipped" | "delivered" | "closed" | "cancelled";
                type?: "refund_only" | "return_and_refund" | "exchange";
                source?: "own_shop" | "tmall" | "jd" | "phone" | "complaint";
                /** @description The reason given with the request */
                problemType?: "no_reason_7_days" | "quality_problem" | "wrong_item" | "not_as_described" | "damaged_in_transit" | "other";
                customerNo?: string;
                /** @description The staff member who last acted for the seller */
                handler?: string;
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
                    "application/json": components["schemas"]["ReturnListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried POST with the same key and body returns the same case with 200 instead of 201; the same key with another body is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReturnDto"];
            };
        };
        responses: {
            /** @description An Idempotency-Key retry: the earlier return */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnCreatedDto"];
                };
            };
            /** @description The return number and workflow id */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnCreatedDto"];
                };
            };
            /** @description Invalid field, unknown customer or policy, or a no-reason return outside R-9; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Idempotency-Key reused with another body */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_get: {
        parameters: {
            query?: {
                /** @description true: ask the workflow itself (waits at most 3 s, then 503); by default the case as last recorded, with its version in `stateVersion` and the `ETag` */
                live?: boolean;
            };
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The state version of the case view, quoted (e.g. `"7"`) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such return */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The state does not allow it (the message names the state), or the return is finished */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The state does not allow it, or R-3 forbids it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_modify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request is not rejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_ship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request is not agreed, or is refund only */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_receive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing is on its way back */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_inspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InspectReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The goods have not been received */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_payShipping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayShippingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No shipping fee is due */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_retryRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
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
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No failed refund to retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_confirmRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
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
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No refund awaits confirmation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Returns_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Goods are on their way, or the return is finished */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    DamageClaims_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
                returnNo?: string;
                waybillNo?: string;
                kind?: "damaged" | "lost";
                status?: "filed" | "accepted" | "rejected" | "unanswered";
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
                    "application/json": components["schemas"]["DamageClaimListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Department systems have no access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnPolicies_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of each code, by code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnPolicyListDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnPolicies_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReturnPolicyDto"];
            };
        };
        responses: {
            /** @description Version 1 of the new code */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnPolicyResponseDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The code exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnPolicies_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version and every version, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnPolicyDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No policy with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnPolicies_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnPolicyVersionDto"];
            };
        };
        responses: {
            /** @description The new version; running requests keep the version they started with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnPolicyResponseDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No policy with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The default policy must stay active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PartsShipments_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Shipped at or after (inclusive) */
                from?: string;
                /** @description Shipped before (exclusive) */
                to?: string;
                result?: "correct" | "wrong_part" | "missing_part";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, by shipping date range and result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartsShipmentListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The warehouse and the back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PartsShipments_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartsShipmentDto"];
            };
        };
        responses: {
            /** @description The waybill was recorded before with the same parts: that shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartsShipmentDto"];
                };
            };
            /** @description Recorded as correct until a correction says otherwise */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartsShipmentDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The warehouse and the back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description L-4: not shipped: stock, the address and contact or (chargeable parts) the payment failed its check, the message names which (field: parts, to or orderRef); or the waybill was recorded before with other parts or another case. Nothing is recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description L-4: the sales or finance department could not be asked, or the workflow service did not take the customer's SMS; nothing is recorded, try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PartsShipments_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartsShipmentOutcomeDto"];
            };
        };
        responses: {
            /** @description The result as now known, with who corrected it and when */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartsShipmentDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The warehouse and the back office only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such shipment */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ComplaintAttachments_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
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
                    "application/json": components["schemas"]["AttachmentListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ComplaintAttachments_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * @description What the file is (L-2, R-5, C-4)
                     * @enum {string}
                     */
                    kind: "damage_photo" | "waybill_copy" | "sender_id_copy" | "return_detail_sheet" | "quality_report" | "other";
                    /**
                     * Format: binary
                     * @description A JPEG, PNG or WebP image or a PDF, checked by its content; at most ATTACHMENT_MAX_BYTES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The same file of the same kind was already attached */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentCreatedDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentCreatedDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The file is over ATTACHMENT_MAX_BYTES (field: file) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not an image or PDF by its content, or declared as another type (field: file) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ComplaintAttachments_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its content type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "application/pdf": string;
                    "application/zip": string;
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such complaint, or no such attachment on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ComplaintAttachments_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP, produced once when the case closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such complaint, or it has no archive (not closed yet) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnAttachments_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
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
                    "application/json": components["schemas"]["AttachmentListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such return */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnAttachments_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * @description What the file is (L-2, R-5, C-4)
                     * @enum {string}
                     */
                    kind: "damage_photo" | "waybill_copy" | "sender_id_copy" | "return_detail_sheet" | "quality_report" | "other";
                    /**
                     * Format: binary
                     * @description A JPEG, PNG or WebP image or a PDF, checked by its content; at most ATTACHMENT_MAX_BYTES
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The same file of the same kind was already attached */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentCreatedDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentCreatedDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such return */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The file is over ATTACHMENT_MAX_BYTES (field: file) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not an image or PDF by its content, or declared as another type (field: file) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnAttachments_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its content type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "application/pdf": string;
                    "application/zip": string;
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such return, or no such attachment on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReturnAttachments_damageClaims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                returnNo: string;
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
                    "application/json": components["schemas"]["DamageClaimDocumentsListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A role the action does not allow, or an agent on a return that is not theirs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such return */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Staff_list: {
        parameters: {
            query?: {
                role?: "agent" | "warehouse" | "finance" | "supervisor" | "manager" | "gm_office" | "admin";
                status?: "active" | "absent" | "departed";
                department?: string;
                skill?: "quality" | "service" | "logistics" | "billing" | "other";
                servesVip?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff with skills, VIP service, capacity, status, delegate, department and load */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Staff_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The code exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Staff_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such staff member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Staff_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffMemberDto"];
            };
        };
        responses: {
            /** @description Skills, VIP service, capacity, department, contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Staff_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetStaffStatusDto"];
            };
        };
        responses: {
            /** @description A-7: absent or departed agents hand their open cases on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffStatusResponseDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The last active admin cannot be departed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_list: {
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
                    "application/json": components["schemas"]["DepartmentListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The code exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With its staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such department */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentDto"];
            };
        };
        responses: {
            /** @description Name and contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_search: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description File created from (inclusive); a date is local midnight in Asia/Shanghai */
                from?: string;
                /** @description File created before (exclusive) */
                to?: string;
                /** @description Any part from 3 characters on; shorter text matches the beginning */
                name?: string;
                /** @description 7+ digits match from the start; 4-6 digits match the end (the last digits) */
                phone?: string;
                /** @description Serial number or VIN, whole or its beginning */
                serialNo?: string;
                /** @description Licence plate, whole or its beginning */
                plate?: string;
                /** @description Like name */
                organisation?: string;
                tier?: "vip" | "dealer" | "group_buy" | "regular";
                /** @description The agent who looks after the customer */
                agent?: string;
                /** @description A-4: only complete (true) or incomplete (false) files */
                complete?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A-3: by date, name, phone, serial/VIN, plate, organisation; newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerDto"];
            };
        };
        responses: {
            /** @description A-1 file; A-5 agent chosen when none is given; A-2 event settled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The customer number exists, or the file event was settled already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_searchByBody: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchCustomersQuery"];
            };
        };
        responses: {
            /** @description The same search as GET /customers, with the terms (name, phone, ...) in the body; prefer it for personal data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file with products, A-4 completeness, service history and A-2 events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed with its products */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The customer has service history */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerDto"];
            };
        };
        responses: {
            /** @description A-8: applied at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_addProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerProductDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_removeProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerNo: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Supervisors and up: a product leaves the file only by their decision */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The product is still referred to by follow-up plans or calls; it is kept */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Customers_updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerNo: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerProductDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerProductDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CustomerFileEvents_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                staff?: string;
                status?: "open" | "overdue" | "late" | "on_time";
                /** @description Due from (inclusive) */
                from?: string;
                /** @description Due before (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By responsible staff member, hand-over status and due date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileEventListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CustomerFileEvents_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFileEventDto"];
            };
        };
        responses: {
            /** @description Recorded with its deadline (A-2: 2 days; K-8: 3 days for a deal) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileEventDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No customer with that number; the message names the field */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CustomerFileEvents_filed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileEventFiledDto"];
            };
        };
        responses: {
            /** @description The file entry is made now; on time or late (K-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileEventDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Filed before */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SupervisorSummaries_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every summary, latest period first, without the text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorSummaryListDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SupervisorSummaries_generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateSummaryDto"];
            };
        };
        responses: {
            /** @description The period has a summary already: that one, as it stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorSummaryDetailDto"];
                };
            };
            /** @description The draft, in Markdown, from the data of the month or year */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorSummaryDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SupervisorSummaries_get: {
        parameters: {
            query?: {
                /** @description markdown downloads the text; `Accept: text/markdown` does the same */
                format?: "json" | "markdown";
            };
            header?: never;
            path: {
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary; with `?format=markdown` or `Accept: text/markdown` the text as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorSummaryDetailDto"];
                    "text/markdown": components["schemas"]["SupervisorSummaryDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No summary for that period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SupervisorSummaries_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditSummaryDto"];
            };
        };
        responses: {
            /** @description The text as the supervisor wrote it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorSummaryDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No summary for that period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The summary is filed and cannot change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SupervisorSummaries_file: {
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
            /** @description Filed: the record from now on, never changed again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorSummaryDetailDto"];
                };
            };
            /** @description Invalid field; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No summary for that period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Filed before */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Reports_weekly: {
        parameters: {
            query: {
                /** @description First day (inclusive) */
                from: string;
                /** @description Day after the last (exclusive) */
                to: string;
                /** @description csv downloads the rows; `Accept: text/csv` does the same */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description C-11: per week by category, cause, product and department */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "text/csv": components["schemas"]["ReportDto"];
                };
            };
            /** @description Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Reports_monthly: {
        parameters: {
            query: {
                /** @description First day (inclusive) */
                from: string;
                /** @description Day after the last (exclusive) */
                to: string;
                /** @description csv downloads the rows; `Accept: text/csv` does the same */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description C-11: the monthly complaint report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "text/csv": components["schemas"]["ReportDto"];
                };
            };
            /** @description Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Reports_followUpCounts: {
        parameters: {
            query: {
                /** @description First day (inclusive) */
                from: string;
                /** @description Day after the last (exclusive) */
                to: string;
                /** @description csv downloads the rows; `Accept: text/csv` does the same */
                format?: "json" | "csv";
                /** @description F-12: daily, weekly or monthly counts */
                by?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description F-12: daily, weekly or monthly counts by tier and outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "text/csv": components["schemas"]["ReportDto"];
                };
            };
            /** @description Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Reports_kpis: {
        parameters: {
            query: {
                /** @description First day (inclusive) */
                from: string;
                /** @description Day after the last (exclusive) */
                to: string;
                /** @description csv downloads the rows; `Accept: text/csv` does the same */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description K-1..K-8, C-5, A-4: each value beside its target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "text/csv": components["schemas"]["ReportDto"];
                };
            };
            /** @description Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Reports_agents: {
        parameters: {
            query: {
                /** @description First day (inclusive) */
                from: string;
                /** @description Day after the last (exclusive) */
                to: string;
                /** @description csv downloads the rows; `Accept: text/csv` does the same */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description K-6: the monthly scorecard of each agent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "text/csv": components["schemas"]["ReportDto"];
                };
            };
            /** @description Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Reports_completeness: {
        parameters: {
            query: {
                /** @description First day (inclusive) */
                from: string;
                /** @description Day after the last (exclusive) */
                to: string;
                /** @description csv downloads the rows; `Accept: text/csv` does the same */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A-4: complete files overall, by region and by agent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "text/csv": components["schemas"]["ReportDto"];
                };
            };
            /** @description Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Reports_fileHandOvers: {
        parameters: {
            query: {
                /** @description First day (inclusive) */
                from: string;
                /** @description Day after the last (exclusive) */
                to: string;
                /** @description csv downloads the rows; `Accept: text/csv` does the same */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A-2 / K-8: file entries due, late and overdue per staff member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                    "text/csv": components["schemas"]["ReportDto"];
                };
            };
            /** @description Missing or invalid from/to (dates like 2026-11-01, to after from, at most 731 days) or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUpList_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                customer?: string;
                /** @description The plan's agent; agents see their own plans only */
                agent?: string;
                /** @description What started the plan (`delivery`, `repair`, `shipment`, `dealer_shipment`, `new_customer`, `event_invitation`, the sampled triggers …) */
                trigger?: string;
                status?: "active" | "completed" | "cancelled";
                /** @description Plans with a call due on or after this day (Asia/Shanghai) */
                dueFrom?: string;
                /** @description Plans with a call due by the end of this day (Asia/Shanghai) */
                dueTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plans newest first, with their call counts and next call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpListDto"];
                };
            };
            /** @description Invalid filter; the message and `field` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Agents list their own plans only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUps_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried POST with the same key and body returns the same case with 200 instead of 201; the same key with another body is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFollowUpDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the plan made before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpCreatedDto"];
                };
            };
            /** @description The plan number; its workflow `followup-<planId>` plans the calls from the policy */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpCreatedDto"];
                };
            };
            /** @description Invalid field; the message and `field` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the plan is another agent's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Idempotency-Key reused with another body */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUps_get: {
        parameters: {
            query?: {
                /** @description true: ask the workflow itself (waits at most 3 s, then 503); by default the case as last recorded, with its version in `stateVersion` and the `ETag` */
                live?: boolean;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As last recorded (or live with live=true): calls with due times, windows, attempts, scripts, links */
            200: {
                headers: {
                    /** @description The state version of the case view, quoted (e.g. `"7"`) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the plan is another agent's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such plan */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUps_recordAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttemptDto"];
            };
        };
        responses: {
            /** @description The attempt is stored (F-12); the plan as it stands after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailDto"];
                };
            };
            /** @description Invalid field or an answer the script does not allow; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the plan is another agent's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such plan or call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The call is not due (yet), already closed, or the plan has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUps_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelFollowUpDto"];
            };
        };
        responses: {
            /** @description The remaining calls are cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the plan is another agent's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUps_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignFollowUpDto"];
            };
        };
        responses: {
            /** @description A-7: the open calls move to another staff member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Role not allowed, or the plan is another agent's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The plan has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Worklist_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Whose calls; agents see their own. Supervisors and up: any agent, or everybody without it */
                agent?: string;
                /** @description Calls due by the end of this day (Asia/Shanghai), overdue ones included. Default: today. Not with from/to */
                date?: string;
                /** @description With `to`: calls falling due from the start of this day (Asia/Shanghai), for planning the week */
                from?: string;
                /** @description With `from`: calls falling due by the end of this day; at most 31 days after `from` */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Follow-up calls due by the end of the day, earliest first, with the customer, products, local time (F-5) and the script (F-9) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorklistDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Agents see their own worklist only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Outbox_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                channel?: "staff-inbox" | "sms" | "email" | "letter";
                /** @description A customer number, staff code, role or department */
                recipient?: string;
                /** @description The case or plan the message is about */
                caseNo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued messages, newest first: SMS and letters to customers, e-mail to departments, staff inbox; in development nothing leaves the outbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxListDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and up */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Inbox_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
                /** @description Only unread (true) or only read (false) messages */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's staff-inbox messages (their own and their role's), newest first, with read/unread */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxListDto"];
                };
            };
            /** @description Invalid filter; the message and `field` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Staff only; departments have no inbox */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Inbox_markRead: {
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
            /** @description The message, read by the caller; reading it again changes nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxMessageDto"];
                };
            };
            /** @description The id is not a message number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Staff only; departments have no inbox */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such message in the caller's inbox (another person's message is not shown) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Inbox_markUnread: {
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
            /** @description The message, unread again for the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxMessageDto"];
                };
            };
            /** @description The id is not a message number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Staff only; departments have no inbox */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such message in the caller's inbox */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUpPolicies_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of each code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPolicyListDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUpPolicies_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFollowUpPolicyDto"];
            };
        };
        responses: {
            /** @description Version 1 of the new code */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPolicyResponseDto"];
                };
            };
            /** @description Invalid term; the message and `field` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The code exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUpPolicies_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["FollowUpPolicyDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No policy with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FollowUpPolicies_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpPolicyVersionDto"];
            };
        };
        responses: {
            /** @description The new version; running plans keep theirs, the next sample and care runs use it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPolicyResponseDto"];
                };
            };
            /** @description Invalid term; the message and `field` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No policy with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The default policy must stay active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MessageTemplates_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every template by key, channel and language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTemplateListDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MessageTemplates_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: "return_received" | "refund_refused" | "refunded" | "shipping_fee_due" | "replacement_shipped" | "parts_shipped" | "tracking_update" | "care_birthday" | "care_holiday" | "care_maintenance" | "care_inspection" | "care_insurance" | "event_invitation";
                channel: "sms" | "letter" | "email";
                language: "zh-CN" | "en";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMessageTemplateDto"];
            };
        };
        responses: {
            /** @description The template as stored, its version raised; the next message uses it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTemplateDto"];
                };
            };
            /** @description An undeclared variable, a rule id, an empty text, an unknown channel or language; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changes are for admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No message with this key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CustomerEvents_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried POST with the same key and body returns the same case with 200 instead of 201; the same key with another body is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerEventDto"];
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the event made before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEventDto"];
                };
            };
            /** @description The event with each customer's invitation plan: a call due two weeks before, then the letter */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEventDto"];
                };
            };
            /** @description Invalid field, a date not in the future or a customer without a file; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Supervisors and managers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    DepartmentCallbacks_answer: {
        parameters: {
            query?: never;
            header: {
                "x-department-timestamp": string;
                "x-department-signature": string;
                /** @description hex HMAC-SHA256 over `${timestamp}.${rawBody}` */
                "X-Department-Signature": string;
                /** @description unix seconds */
                "X-Department-Timestamp": string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example complaint-CP-20261124-0001:run:3 */
                    requestId: string;
                    /** @enum {string} */
                    outcome: "completed" | "failed";
                    /** @description With outcome completed: what the department found or did */
                    result?: {
                        [key: string]: unknown;
                    };
                    /** @description With outcome failed */
                    error?: {
                        code: string;
                        message: string;
                    };
                };
            };
        };
        responses: {
            /** @description The first valid answer is applied; the same answer again is a duplicate and changes nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "applied" | "duplicate";
                    };
                };
            };
            /** @description A parameter or body field is invalid; `field`/`fields` name it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown token, missing or bad signature, stale timestamp */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing with this identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A different answer after one was applied, or an answer after the platform stopped waiting */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Codec_encode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Sent by the Temporal UI; every namespace uses the same keys */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payloads?: {
                        /**
                         * @example {
                         *       "encoding": "anNvbi9wbGFpbg=="
                         *     }
                         */
                        metadata?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: byte
                         * @example eyJjYXNlTm8iOiJDUC0yMDI2MTEyNC0wMDAxIn0=
                         */
                        data?: string;
                    }[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payloads: {
                            /**
                             * @example {
                             *       "encoding": "anNvbi9wbGFpbg=="
                             *     }
                             */
                            metadata: {
                                [key: string]: string;
                            };
                            /**
                             * Format: byte
                             * @example eyJjYXNlTm8iOiJDUC0yMDI2MTEyNC0wMDAxIn0=
                             */
                            data: string;
                        }[];
                    };
                };
            };
            /** @description Malformed body; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Codec_decode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Sent by the Temporal UI; every namespace uses the same keys */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payloads?: {
                        /**
                         * @example {
                         *       "encoding": "anNvbi9wbGFpbg=="
                         *     }
                         */
                        metadata?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: byte
                         * @example eyJjYXNlTm8iOiJDUC0yMDI2MTEyNC0wMDAxIn0=
                         */
                        data?: string;
                    }[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payloads: {
                            /**
                             * @example {
                             *       "encoding": "anNvbi9wbGFpbg=="
                             *     }
                             */
                            metadata: {
                                [key: string]: string;
                            };
                            /**
                             * Format: byte
                             * @example eyJjYXNlTm8iOiJDUC0yMDI2MTEyNC0wMDAxIn0=
                             */
                            data: string;
                        }[];
                    };
                };
            };
            /** @description Malformed body, or a payload that cannot be decrypted (unknown key id, altered bytes) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, malformed, expired or revoked credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this, or the case belongs to another agent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The request body is larger than 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable or the server is overloaded; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
}

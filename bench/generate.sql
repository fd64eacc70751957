-- Generates a NATO-scale record of partnerships into an empty Liaison database on PostgreSQL,
-- through the modules' own tables, in a few minutes. Every value is derived from the row's
-- number and the seed, so the same seed and scale give the same data.
--
--   psql -v scale=1 -v seed=42 -f bench/generate.sql postgresql://…/liaison
--
-- scale=1 is the size the benchmark is about: every partner nation of the reference data over
-- 30 years, ~1,000 milestones a partner, 42,000 activities with 60,000 events and ~1,000,000
-- participation requests, 300 plans with ~20,000 nodes and ~100,000 assessments, 300
-- trust-fund projects with ~50,000 ledger entries. The database must have been migrated by a
-- first start of Liaison, and hold no partner yet.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
\if :{?seed}
\else
\set seed 42
\endif

begin;

-- A number from 0 to n-1 for a key, the same for the same key and seed.
create temporary table bench_seed as select :'seed'::text as seed;
create or replace function pg_temp.pick(key text, n int) returns int language sql immutable as
$$ select (abs(hashtext(key || (select seed from bench_seed)))::bigint % n)::int $$;
create or replace function pg_temp.uid(kind text, n bigint) returns uuid language sql immutable as
$$ select md5(kind || ':' || n)::uuid $$;

create temporary table bench_partner as
select row_number() over (order by code) as n, code from partner_nation where nato_member_since is null;

-- Partnerships: a profile, memberships and narratives for every partner nation.
insert into partner_profile (id, nation, summary, policy, aspirant, releasability, updated_at, version)
select pg_temp.uid('profile', n), code, 'Generated partnership ' || code || ' for the benchmark.', null,
       pg_temp.pick('aspirant' || code, 4) = 0, 'PUBLIC', timestamp with time zone '2024-01-01' - n * interval '1 day', 0
from bench_partner;

insert into partner_membership (id, partner, ref, framework, since, until, note, milestone_text, releasability, updated_at, version)
select pg_temp.uid('membership', p.n * 1000 + f.i), p.code, lower(f.code), f.code,
       (1995 + pg_temp.pick('since' || p.code || f.code, 20))::text, null, null, null, 'PUBLIC',
       timestamp with time zone '2024-01-01', 0
from bench_partner p
cross join (select row_number() over (order by code) as i, code from partner_framework) f
where pg_temp.pick('member' || p.code || f.code, 3) = 0;

insert into partner_narrative (id, partner, ref, section, heading, body, position, releasability, updated_at, version)
select pg_temp.uid('narrative', p.n * 10 + s.i), p.code, 'section-' || s.i, s.section, 'Heading ' || s.i,
       repeat('Generated narrative text of the benchmark. ', 40), s.i, 'PUBLIC', timestamp with time zone '2024-01-01', 0
from bench_partner p
cross join (values (1, 'OVERVIEW'), (2, 'FRAMEWORK'), (3, 'AREA'), (4, 'AREA'), (5, 'AREA')) as s (i, section);

-- Organisations: training centres that provide the menu, executing agents of the funds.
insert into directory_organisation (id, ref, name, short_name, kind, nation, city, description, releasability, updated_at, version)
select pg_temp.uid('provider', i), 'provider-' || i, 'Generated training centre ' || i, null, 'TRAINING_CENTRE',
       (select code from bench_partner where n = 1 + i % (select count(*) from bench_partner)), 'City ' || i, null,
       'PUBLIC', timestamp with time zone '2024-01-01', 0
from generate_series(1, 200) as i;
insert into directory_organisation (id, ref, name, short_name, kind, nation, city, description, releasability, updated_at, version)
select pg_temp.uid('agent', i), 'agent-' || i, 'Generated executing agent ' || i, null, 'EXECUTING_AGENT', null, null, null,
       'PUBLIC', timestamp with time zone '2024-01-01', 0
from generate_series(1, 10) as i;

-- Agreements with two parties each, statements, bodies and hand-written milestones.
insert into agreement (id, partner, ref, type_code, title, description, status, submitted_on, agreed_on, in_force_on,
                       ended_on, agreed_text, releasability, updated_at, version)
select pg_temp.uid('agreement', p.n * 1000 + i), p.code, 'agreement-' || i,
       (array['IPP','IPCP','IPAP','ITPP','TRANSIT','SECURITY','OTHER'])[1 + pg_temp.pick('type' || p.code || i, 7)],
       'Generated agreement ' || i || ' of ' || p.code, null, 'IN_FORCE',
       (1995 + i % 30)::text, (1995 + i % 30)::text || '-06', (1995 + i % 30)::text || '-07-01', null, null,
       (array['PUBLIC','PARTNER','NATO'])[1 + pg_temp.pick('rel' || p.code || i, 3)],
       timestamp with time zone '2024-01-01' - i * interval '1 hour', 0
from bench_partner p cross join generate_series(1, greatest(1, (300 * :scale)::int)) as i;
insert into agreement_party (agreement, position, name, nation)
select a.id, 0, 'NATO', null from agreement a
union all
select a.id, 1, 'The partner', a.partner from agreement a;

insert into dialogue_statement (id, partner, ref, kind, title, speaker, date, place, quote, summary, source, releasability,
                                updated_at, version)
select pg_temp.uid('statement', p.n * 1000 + i), p.code, 'statement-' || i,
       (array['STATEMENT','DECLARATION','COMMUNIQUE','SPEECH','MEETING','PRESS_RELEASE'])[1 + i % 6],
       'Generated statement ' || i, 'Secretary General', (1995 + i % 30)::text || '-0' || (1 + i % 9), 'Brussels',
       'A generated quote of the benchmark.', null, null,
       (array['PUBLIC','PARTNER','NATO'])[1 + pg_temp.pick('srel' || p.code || i, 3)],
       timestamp with time zone '2024-01-01' - i * interval '1 hour', 0
from bench_partner p cross join generate_series(1, greatest(1, (100 * :scale)::int)) as i;

insert into dialogue_body (id, partner, ref, name, short_name, purpose, basis, members, established, dissolved,
                           milestone_text, releasability, updated_at, version)
select pg_temp.uid('body', p.n * 10 + i), p.code, 'body-' || i, 'Generated joint body ' || i, null,
       'Steers a part of the generated partnership.', null, null, (1995 + i * 5)::text, null, null, 'PUBLIC',
       timestamp with time zone '2024-01-01', 0
from bench_partner p cross join generate_series(1, 3) as i;

insert into timeline_milestone (id, partner, ref, date, text, derived, source_type, source_id, source_kind, source_version,
                                releasability, updated_at, version)
select pg_temp.uid('milestone', p.n * 10000 + i), p.code, 'milestone-' || i,
       case i % 3 when 0 then (1995 + i % 30)::text
                  when 1 then (1995 + i % 30)::text || '-' || lpad((1 + i % 12)::text, 2, '0')
                  else (1995 + i % 30)::text || '-' || lpad((1 + i % 12)::text, 2, '0') || '-' || lpad((1 + i % 28)::text, 2, '0') end,
       'Generated milestone ' || i || ' of the partnership with ' || p.code || '.', false, null, null, null, null,
       (array['PUBLIC','PARTNER','NATO'])[1 + pg_temp.pick('mrel' || p.code || i, 3)],
       timestamp with time zone '2024-01-01' - i * interval '1 minute', 0
from bench_partner p cross join generate_series(1, greatest(1, (1000 * :scale)::int)) as i;

-- The cooperation menu: activities, their events over 30 years, the partners' requests.
insert into activity_area (code, name)
select 'area-' || i, 'Generated area ' || i from generate_series(0, 19) as i on conflict do nothing;
insert into activity_discipline (code, name)
select 'discipline-' || i, 'Generated discipline ' || i from generate_series(0, 29) as i on conflict do nothing;

insert into activity_menu (id, ref, title, description, area, discipline, activity_type, provider, delivery, duration_days,
                           clearance, eligible_frameworks, eligible_nations, fee_amount, fee_currency, active_from, active_to,
                           releasability, illustrative, updated_at, version)
select pg_temp.uid('activity', i), 'ACT.' || i, 'Generated course ' || i || ' on subject ' || pg_temp.pick('subject' || i, 1000),
       'A generated activity of the benchmark menu.', 'area-' || (i % 20), 'discipline-' || (i % 30),
       (array['COURSE','EXERCISE','SEMINAR','CONFERENCE','WORKSHOP','VISIT','MEETING','OTHER'])[1 + i % 8],
       'provider-' || (1 + i % 200), (array['RESIDENTIAL','ONLINE','MIXED'])[1 + i % 3], 1 + i % 10,
       i % 7 = 0, 'PFP', '', null, null, null, null,
       case when i % 10 = 0 then 'NATO' when i % 10 = 1 then 'PARTNER' else 'PUBLIC' end, false,
       timestamp with time zone '2024-01-01' - i * interval '1 minute', 0
from generate_series(1, greatest(8, (42000 * :scale)::int)) as i;

insert into activity_event (id, activity, start_on, end_on, city, nation, seats, lang, deadline, status, milestone,
                            milestone_text, cancel_reason, illustrative, updated_at, version)
select pg_temp.uid('event', e), pg_temp.uid('activity', 1 + (e - 1) % greatest(8, (42000 * :scale)::int)),
       date '1995-01-09' + (e * 7919 % 10950), date '1995-01-09' + (e * 7919 % 10950) + 4,
       'City ' || (e % 200), (select code from bench_partner where n = 1 + e % (select count(*) from bench_partner)),
       30 + e % 30, 'English', date '1995-01-09' + (e * 7919 % 10950) - 30,
       case when date '1995-01-09' + (e * 7919 % 10950) < date '2024-01-01' then 'HELD' else 'OPEN' end,
       false, null, null, false, timestamp with time zone '2024-01-01', 0
from generate_series(1, greatest(8, (60000 * :scale)::int)) as e;

-- About 26,000 requests a partner over 30 years: each partner asks for places in almost half
-- of the events, one or two seats, most approved and attended.
insert into activity_request (id, partner, event, seats, priority, plan_goal, status, reason, rating, feedback, requested_at,
                              illustrative, updated_at, version)
select pg_temp.uid('request', p.n * 1000000 + e.n), p.code, e.id, 1 + (e.n + p.n) % 2, 1 + (e.n + p.n) % 5, null,
       case when e.status = 'HELD' then (array['ATTENDED','ATTENDED','ATTENDED','NO_SHOW','DECLINED','WITHDRAWN'])[1 + (e.n + p.n) % 6]
            else (array['REQUESTED','APPROVED','WAITLISTED'])[1 + (e.n + p.n) % 3] end,
       null, null, null, e.start_on - 60, false, timestamp with time zone '2024-01-01', 0
from (select row_number() over (order by id) as n, id, start_on, status from activity_event) e
join bench_partner p on (e.n + p.n * 7) % 2 = 0
where (e.n * 31 + p.n) % 100 < 88;

-- Plans: IPAPs with chapters, objectives and actions, assessed twice a year.
insert into plan_plan (id, partner, ref, plan_type, title, period_from, period_to, status, agreement_ref, predecessor_ref,
                       public_summary, releasability, illustrative, updated_at, version)
select pg_temp.uid('plan', i), (select code from bench_partner where n = 1 + i % (select count(*) from bench_partner)),
       'plan-' || i, 'IPAP', 'Generated action plan ' || i, (1995 + i % 28)::text, (1997 + i % 28)::text, 'IN_FORCE',
       null, null, 'A generated plan of the benchmark.', case when i % 3 = 0 then 'PUBLIC' else 'PARTNER' end, false,
       timestamp with time zone '2024-01-01', 0
from generate_series(1, greatest(2, (300 * :scale)::int)) as i;

insert into plan_node (id, plan, code, parent_code, node_level, position, title, description, lead_organisation, supporters,
                       target_on, target_beyond_plan, capability_area, activity_refs, illustrative, version)
select pg_temp.uid('node', pl.n * 100 + k), pl.id,
       case when k <= 6 then 'C' || k when k <= 24 then 'C' || (1 + (k - 7) % 6) || '.' || (1 + (k - 7) / 6)
            else 'C' || (1 + (k - 25) % 6) || '.' || (1 + (k - 25) / 6 % 3) || '.' || (1 + (k - 25) / 18) end,
       case when k <= 6 then null when k <= 24 then 'C' || (1 + (k - 7) % 6)
            else 'C' || (1 + (k - 25) % 6) || '.' || (1 + (k - 25) / 6 % 3) end,
       case when k <= 6 then 0 when k <= 24 then 1 else 2 end, k, 'Generated node ' || k, null, null, null,
       pl.period_to, false, null, null, false, 0
from (select row_number() over (order by id) as n, id, period_to from plan_plan) pl cross join generate_series(1, 66) as k;

insert into plan_assessment (id, plan, node, seq, assessed_on, rating, narrative, assessor, source, cycle_label, round_id,
                             releasability, illustrative, recorded_at, version)
select pg_temp.uid('assessment', nd.n * 10 + r), nd.plan, nd.id, (nd.position - 1) * 5 + r,
       date '1996-01-15' + (nd.n % 9000)::int + r * 182,
       (array['NOT_STARTED','ON_TRACK','DELAYED','AT_RISK','ACHIEVED'])[1 + (nd.n + r) % 5], null, 'Desk officer',
       case when r % 2 = 0 then 'SELF' else 'NATO' end, null, null, 'PARTNER', false,
       timestamp with time zone '2024-01-01', 0
from (select row_number() over (order by id) as n, id, plan, position from plan_node) nd cross join generate_series(1, 5) as r;

-- Trust-fund projects with phases, a ledger and outputs.
insert into fund_project (id, partner, ref, title, objective, lead_nations_illustrative, executing_agent, sector, currency,
                          planned_start, planned_end, actual_start, actual_end, status, illustrative, launch_text,
                          completion_text, releasability, updated_at, version)
select pg_temp.uid('project', i), (select code from bench_partner where n = 1 + i % (select count(*) from bench_partner)),
       'project-' || i, 'Generated trust-fund project ' || i, 'Destroys generated surplus.', false, 'agent-' || (1 + i % 10),
       '15240', 'EUR', (1995 + i % 28)::text, (1998 + i % 28)::text, (1995 + i % 28)::text, null, 'IN_EXECUTION', false,
       null, null, case when i % 2 = 0 then 'PUBLIC' else 'PARTNER' end, timestamp with time zone '2024-01-01', 0
from generate_series(1, greatest(2, (300 * :scale)::int)) as i;
insert into fund_phase (project, position, name, start_on, end_on, budget)
select id, 0, 'Phase 1', planned_start, planned_end, 5000000 from fund_project;
insert into fund_lead_nation (project, position, nation)
select id, 0, 'NOR' from fund_project where exists (select 1 from partner_nation where code = 'NOR');

-- Per project: pledges and receipts first, then commitments and expenditures that stay below them.
insert into fund_transaction (id, project, seq, kind, nation, organisation, amount, currency, value_date, in_kind,
                              pre_financed_by, reverses, note, illustrative, recorded_at)
select pg_temp.uid('transaction', pr.n * 1000 + s), pr.id, s,
       case when s <= 20 then 'PLEDGE' when s <= 40 then 'RECEIPT' when s <= 90 then 'COMMITMENT' else 'EXPENDITURE' end,
       case when s <= 40 then 'NOR' end, case when s > 40 then 'agent-' || (1 + pr.n % 10) end,
       case when s <= 40 then 200000 when s <= 90 then 60000 else 30000 end, 'EUR', date '1995-03-01' + (pr.n % 9000)::int + s * 7, false, null, null, null,
       false, timestamp with time zone '2024-01-01'
from (select row_number() over (order by id) as n, id from fund_project) pr cross join generate_series(1, 166) as s
where exists (select 1 from partner_nation where code = 'NOR');
insert into fund_output (project, item, position, label, unit, baseline, target)
select id, 'tonnes', 0, 'Ammunition destroyed', 'tonnes', 0, 2000 from fund_project;
insert into fund_output_value (project, item, value_on, amount, source)
select p.id, 'tonnes', (1996 + y)::text, 100 * y, null from fund_project p cross join generate_series(1, 5) as y;

-- An account and API token for the benchmark's signed-in reads (token: lsn_benchmark-token-of-the-generated-recordsxxx).
insert into identity_account (id, username, password_hash, role, nation, enabled, created_at, version)
values (pg_temp.uid('account', 1), 'bench-staff', 'not-a-password-hash: signs in only with its token', 'NATO_STAFF', null, true, now(), 0);
insert into identity_api_token (id, username, name, token_hash, created_at)
values (pg_temp.uid('token', 1), 'bench-staff', 'benchmark', encode(sha256('lsn_benchmark-token-of-the-generated-recordsxxx'::bytea), 'hex'), now());

commit;
-- What autovacuum does to tables that have lived a while: statistics for the planner, and a
-- visibility map without which no index-only scan could skip the table.
vacuum analyze;

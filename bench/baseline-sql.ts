/**
 * The baseline's statements: each answer is ONE SQL statement that builds the JSON the GraphQL
 * query returns, so the baseline costs what the database costs plus a bare HTTP round trip.
 */

/** $1 tracking number. Shipment, status text, explanation, related questions, 10 newest events. */
export const SHIPMENT_SQL = `
select json_build_object(
  'trackingNumber', s.tracking_number,
  'status', s.status,
  'statusDefinition', json_build_object('title', t.title, 'meaning', t.meaning),
  'lastEventAt', s.last_event_at,
  'explanation', json_build_object(
    'meaning', t.meaning,
    'nextSteps', t.next_steps,
    'stale', coalesce(not d.terminal and d.stale_after_days is not null
      and s.last_event_at < now() - make_interval(days => d.stale_after_days), false),
    'relatedQuestions', (
      select coalesce(json_agg(json_build_object('title', q.title) order by q.position, q.id), '[]')
      from status_question_links l
      join faq_questions q on q.slug = l.question_slug and q.locale = 'en'
      where l.status = s.status)),
  'events', json_build_object('edges', (
    select coalesce(json_agg(json_build_object('node', json_build_object(
      'occurredAt', e.occurred_at,
      'status', e.status,
      'location', case when s.postal_code is null then e.location end,
      'rawMessage', case when s.postal_code is null then e.raw_message end))
      order by e.occurred_at desc, e.id desc), '[]')
    from (select * from tracking_events where shipment_id = s.id
          order by occurred_at desc, id desc limit 10) e))
)::text as body
from shipments s
join status_definitions d on d.code = s.status
join status_texts t on t.code = s.status and t.locale = 'en'
where s.tracking_number = $1`;

/** Statuses with their texts and aliases, and the first five FAQ questions. */
export const KNOWLEDGE_SQL = `
select json_build_object(
  'trackingStatuses', (
    select json_agg(json_build_object(
      'code', d.code, 'title', t.title, 'meaning', t.meaning,
      'aliases', (
        select coalesce(json_agg(json_build_object('phrase', a.phrase, 'locale', a.locale)
          order by a.id), '[]')
        from status_aliases a where a.status = d.code and a.removed_at is null))
      order by d.position)
    from status_definitions d
    join status_texts t on t.code = d.code and t.locale = 'en'),
  'faqQuestions', json_build_object('edges', (
    select coalesce(json_agg(json_build_object('node',
      json_build_object('title', q.title, 'body', q.body)) order by q.position, q.id), '[]')
    from (select * from faq_questions where locale = 'en' order by position, id limit 5) q))
)::text as body`;

/**
 * $1 tracking number, $2 event ids, $3 times, $4 places, $5 messages: the shipment upsert and a
 * multi-row insert of its events in one statement (no normalisation: status UNKNOWN).
 */
export const INGEST_SQL = `
with s as (
  insert into shipments (tracking_number, carrier, event_count)
  values ($1, 'upu-s10', cardinality($2::text[]))
  on conflict (tracking_number) do update set updated_at = now()
  returning id
), e as (
  insert into tracking_events (shipment_id, event_key, external_id, occurred_at, location,
    raw_message, status, match_method, match_confidence)
  select s.id, 'id:' || x.id, x.id, x.at, x.place, x.message, 'UNKNOWN', 'NONE', 0
  from s, unnest($2::text[], $3::timestamptz[], $4::text[], $5::text[]) as x(id, at, place, message)
  on conflict do nothing
  returning 1
)
select json_build_object('accepted', (select count(*) from e))::text as body`;

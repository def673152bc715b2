import { randomUUID } from 'node:crypto';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { newFeedToken } from '../calendar/calendar-feed';
import type { CalendarScope } from '../calendar/calendar-feed';
import { mayKeepCalendarFeed } from '../domain/calendar-feed-access';
import { CalendarFeedEntity } from '../entities/calendar-feed.entity';
import type { EventsDeps, EventsResult } from './events-use-case';

/**
 * A new secret feed. PERSON: the caller's own events. PARTNER: the caller's partner's (its staff),
 * or any partner for the coordinator (mayKeepCalendarFeed). The token is returned once; only its
 * hash is kept.
 */
export async function createCalendarFeed(
  deps: EventsDeps,
  args: { scope: CalendarScope; partnerId?: string | null },
): Promise<EventsResult<{ feed: CalendarFeedEntity; token: string }>> {
  const { caller } = deps;
  const forbidden = () => refused('You cannot create this calendar feed');
  let ownerId: string;
  if (args.scope === 'PERSON' || args.scope === 'PROGRAMME') {
    // A person's feed is always the caller's own: an API key has no events of its own. The
    // whole programme's feed (PROGRAMME) is held by the person who subscribed, who may revoke it.
    if (caller.kind !== 'person') return forbidden();
    ownerId = caller.subject;
  } else {
    const partnerId = args.partnerId ?? caller.partnerId;
    if (!partnerId || !isUuid(partnerId)) {
      return rejected(userError('INVALID', 'name a partner', 'partnerId'));
    }
    ownerId = partnerId;
  }
  if (!mayKeepCalendarFeed(caller, { scope: args.scope, ownerId })) return forbidden();
  const { token, hash } = newFeedToken();
  return deps.transaction(async (tx) => {
    const feeds = tx.manager.getRepository(CalendarFeedEntity);
    const feed = feeds.create({
      id: randomUUID(),
      tokenHash: hash,
      scope: args.scope,
      ownerId,
      createdAt: deps.clock.now(),
      revokedAt: null,
    });
    await feeds.insert(feed);
    return done({ feed, token });
  });
}

/** Revokes a feed: its URL answers 404 from now on. The owner, their staff, or the coordinator. */
export async function revokeCalendarFeed(
  deps: EventsDeps,
  args: { id: string },
): Promise<EventsResult<CalendarFeedEntity>> {
  return deps.transaction(async (tx): Promise<EventsResult<CalendarFeedEntity>> => {
    const feeds = tx.manager.getRepository(CalendarFeedEntity);
    const feed = isUuid(args.id) ? await feeds.findOneBy({ id: args.id }) : null;
    if (!feed) return rejected(userError('NOT_FOUND', 'no calendar feed with this id', 'id'));
    if (!mayKeepCalendarFeed(deps.caller, feed)) {
      return refused('You cannot revoke this calendar feed');
    }
    if (!feed.revokedAt) {
      feed.revokedAt = deps.clock.now();
      await feeds.update({ id: feed.id }, { revokedAt: feed.revokedAt });
    }
    return done(feed);
  });
}

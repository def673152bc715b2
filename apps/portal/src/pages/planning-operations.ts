import { graphql } from '../__generated__/gql';

export const PlanningEvent = graphql(`
  fragment PlanningEvent on Event {
    id
    title
    kind
    audience
    yearGroups
    hostPartner {
      id
      name
    }
    venue
    startsAt
    endsAt
    aims
    capacity
    partnerQuota
    status
    cancelReason
    registeredCount
    waitlistCount
    clashWarnings {
      message
    }
  }
`);

export const CopyEvent = graphql(`
  mutation CopyEvent($id: ID!, $startsAt: String!, $endsAt: String!) {
    copyEvent(id: $id, startsAt: $startsAt, endsAt: $endsAt) {
      event {
        id
        title
      }
      warnings {
        message
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const PartnersQuery = graphql(`
  query PlanningPartners {
    partners(status: ACTIVE) {
      id
      name
    }
  }
`);

export const PublishEvent = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      event {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const CancelEvent = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      event {
        id
        status
        cancelReason
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

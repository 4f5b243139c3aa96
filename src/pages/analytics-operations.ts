import { graphql } from './graphql.js';

/** Everything the dashboard reads; all of it needs the analytics role. */

export const Dashboard = graphql(`
  query AnalyticsDashboard(
    $from: DateTime
    $to: DateTime
    $locale: String
    $interval: FeedbackInterval!
    $timeZone: String!
  ) {
    feedbackSummary(from: $from, to: $to, locale: $locale) {
      question { id title locale }
      helpful
      notHelpful
      total
      helpfulRate
      wilsonLowerBound
      wilsonUpperBound
    }
    feedbackTimeSeries(from: $from, to: $to, locale: $locale, interval: $interval, timeZone: $timeZone) {
      start
      helpful
      notHelpful
    }
    feedbackByTrackingStatus(from: $from, to: $to, locale: $locale) {
      trackingStatus
      helpful
      notHelpful
      total
    }
    handoffSummary(from: $from, to: $to, locale: $locale, interval: $interval, timeZone: $timeZone) {
      total
      byQueue { queue count }
      byStatus { status count }
      byQuestion { question { id title } count }
      overTime { start total byStatus { status count } }
    }
    carrierMessageMix(from: $from, to: $to, interval: $interval, timeZone: $timeZone) {
      total
      byMethod { method count }
      unmatchedOverTime { start total unmatched }
    }
  }
`);

export const RecentHandoffs = graphql(`
  query AnalyticsHandoffs($from: DateTime, $to: DateTime, $locale: String) {
    agentRequests(from: $from, to: $to, locale: $locale, first: 20) {
      edges {
        node {
          id
          createdAt
          queue
          trackingNumber
          shipmentStatus
          message
          question { title }
        }
      }
    }
  }
`);

export const analyticsOperations = [Dashboard, RecentHandoffs];

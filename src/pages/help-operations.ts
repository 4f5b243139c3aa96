import { graphql } from './graphql.js';

/** Everything the help page asks of the API; `npm run pages:manifest` persists exactly these. */

export const QuestionFields = graphql(`
  fragment QuestionFields on FaqQuestion {
    id
    slug
    locale
    title
    body
    helpfulCount
    notHelpfulCount
  }
`);

export const FaqPage = graphql(
  `
  query HelpFaq($locale: String!) {
    faqQuestions(locale: $locale, first: 50) {
      edges { node { ...QuestionFields } }
    }
  }
`,
  [QuestionFields],
);

export const SearchFaq = graphql(`
  query HelpSearch($query: String!, $locale: String!) {
    searchFaq(query: $query, locale: $locale, first: 5) {
      score
      snippet
      question { id slug title }
    }
  }
`);

export const SubmitFeedback = graphql(`
  mutation HelpVote($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      __typename
      ... on Error { message }
      ... on SubmitFeedbackSuccess { helpful changed question { id helpfulCount notHelpfulCount } }
    }
  }
`);

export const RequestAgent = graphql(`
  mutation HelpChat($input: RequestAgentInput!) {
    requestAgent(input: $input) {
      __typename
      ... on Error { message }
      ... on AgentHandoff { queue question { title } }
    }
  }
`);

export const ShipmentView = graphql(`
  fragment ShipmentView on Shipment {
    trackingNumber
    carrier
    status
    detailsVisible
    lastEventAt
    statusDefinition { title }
    explanation { meaning outlook nextSteps stale actionRequired relatedQuestions { id title } }
    estimatedDelivery { earliest likely latest late sampleSize }
    events(first: 20) {
      edges { node { occurredAt status location rawMessage statusDefinition { title } } }
    }
  }
`);

export const TrackShipment = graphql(
  `
  query HelpTrack($trackingNumber: String!, $postalCode: String, $locale: String!) {
    shipment(trackingNumber: $trackingNumber, postalCode: $postalCode, locale: $locale) {
      __typename
      ... on Error { message }
      ... on Shipment { ...ShipmentView }
    }
  }
`,
  [ShipmentView],
);

export const ShipmentUpdates = graphql(
  `
  subscription HelpTrackLive($trackingNumber: String!, $postalCode: String, $locale: String!) {
    shipmentUpdated(trackingNumber: $trackingNumber, postalCode: $postalCode, locale: $locale) {
      __typename
      ... on Error { message }
      ... on Shipment { ...ShipmentView }
    }
  }
`,
  [ShipmentView],
);

export const helpOperations = [
  FaqPage,
  SearchFaq,
  SubmitFeedback,
  RequestAgent,
  TrackShipment,
  ShipmentUpdates,
];

/** The operations GraphiQL opens with: one per thing a newcomer most likely wants to try. */
export const GRAPHIQL_DEFAULT_QUERY = /* GraphQL */ `# Welcome to wismo: where is my parcel, and what does this status mean?
# Press the run button and pick an operation (Faq, Statuses, Normalize, Search, Shipment),
# or put the cursor inside one and press Ctrl-Enter. Try typing a tracking number below.

query Faq {
  faqQuestions(locale: "en", first: 5) {
    edges {
      node {
        slug
        title
        relatedStatuses { code title }
      }
    }
  }
}

query Statuses {
  trackingStatuses(locale: "en") {
    code
    title
    meaning
    actionRequired
    aliases(locale: "en") { phrase }
  }
}

query Normalize {
  normalizeStatus(message: "A reminder has been sent to the recipient") {
    status
    method
    confidence
    definition { title guidance }
  }
}

query Shipment {
  shipment(trackingNumber: "LX204812345CN", postalCode: "28001") {
    __typename
    ... on Shipment {
      status
      explanation { meaning nextSteps stale relatedQuestions { title } }
      events(first: 5) { edges { node { occurredAt location rawMessage status } } }
    }
    ... on Error { message }
  }
}

query Search {
  searchFaq(query: "custms") {
    score
    snippet
    question { title }
  }
}
`;

/**
 * GraphiQL's page with its bundled assets (the explorer must work offline). The module holds
 * ~9 MB of JavaScript and CSS as strings: it is loaded by the first request for the page, not at
 * start, where reading and compiling it cost ~0.1 s before the first query could be answered.
 */
export async function renderBundledGraphiQL(options: object): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}

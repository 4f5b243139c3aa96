/** The operations GraphiQL opens with: one per thing a newcomer most likely wants to try. */
export const GRAPHIQL_DEFAULT_QUERY = /* GraphQL */ `# Welcome to wismo: where is my parcel, and what does this status mean?
# Press the run button (or Ctrl-Enter) to run the first operation; pick others from the menu.

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

query Search {
  searchFaq(query: "custms") {
    score
    snippet
    question { title }
  }
}
`;

// Boots GraphiQL against the endpoint that served the page. Queries and mutations are POSTed as
// JSON; subscriptions are read as Server-Sent Events (graphql-sse's distinct connections mode).
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('graphiql-config').textContent);

  function selectedOperationKind(params, documentAST) {
    if (!documentAST) {
      return /^\s*subscription\b/.test(params.query) ? 'subscription' : 'query';
    }
    const operations = documentAST.definitions.filter(function (d) { return d.kind === 'OperationDefinition'; });
    const selected = params.operationName
      ? operations.find(function (o) { return o.name && o.name.value === params.operationName; })
      : operations[0];
    return selected ? selected.operation : 'query';
  }

  // Parses an event stream into {event, data} messages (the SSE grammar: lines, blank line ends an event).
  async function* readEvents(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') event = value;
          else if (field === 'data') data.push(value);
        }
        yield { event: event, data: data.join('\n') };
      }
    }
  }

  async function* subscribe(params, headers) {
    const response = await fetch(config.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: Object.assign({ 'content-type': 'application/json', accept: 'text/event-stream' }, headers),
      body: JSON.stringify(params),
    });
    if (!response.ok) {
      yield await response.json();
      return;
    }
    for await (const message of readEvents(response)) {
      if (message.event === 'complete') return;
      if (message.event === 'next') yield JSON.parse(message.data);
    }
  }

  function fetcher(params, options) {
    const headers = (options && options.headers) || {};
    if (selectedOperationKind(params, options && options.documentAST) === 'subscription') {
      return subscribe(params, headers);
    }
    return fetch(config.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: Object.assign({
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
      }, headers),
      body: JSON.stringify(params),
    }).then(function (response) { return response.json(); });
  }

  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: config.defaultQuery,
    defaultTabs: config.tabs,
    defaultEditorToolsVisibility: true,
  }));
})();

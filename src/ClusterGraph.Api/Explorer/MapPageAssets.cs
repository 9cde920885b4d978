namespace ClusterGraph.Api.Explorer;

/// <summary>The map page's HTML and script, kept apart from the C# so a front-end reader sees plain HTML and JS.</summary>
internal static class MapPageAssets
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>ClusterGraph map</title>
        <style>
          body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: grid; grid-template-columns: 1fr 22em; height: 100vh; }
          header { grid-column: 1 / 3; padding: .5em 1em; border-bottom: 1px solid #ccc; }
          #map { width: 100%; height: calc(100vh - 3em); background: #eef3f7; }
          #map circle { stroke: #fff; stroke-width: .5; cursor: pointer; opacity: .85; }
          #map circle.selected { stroke: #000; stroke-width: 2; }
          aside { overflow: auto; padding: 0 1em; border-left: 1px solid #ccc; height: calc(100vh - 3em); }
          blockquote { margin: .5em 0; padding-left: .6em; border-left: 3px solid #999; }
          .legend span { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin: 0 .2em 0 .8em; }
        </style>
        </head>
        <body>
        <header>
          <a href="/">ClusterGraph</a> ·
          <label>Stage <select id="stage"><option value="">All stages</option></select></label>
          · <span id="count">loading…</span> entities
          <span class="legend" id="legend"></span>
        </header>
        <svg id="map" viewBox="0 0 800 800" preserveAspectRatio="xMidYMid meet" role="img" aria-label="Entities on a map"></svg>
        <aside id="panel"><p>Click a point to see the entity and the quotes that support its relations.</p></aside>
        <script src="/map/map.js"></script>
        </body>
        </html>
        """;

    public const string Script = """
        // ClusterGraph map: a minimal client of the public GraphQL API (POST /graphql). No libraries.
        'use strict';

        const COLOURS = {
          REGION: '#8c8c8c', INDUSTRIAL_COMPLEX: '#e6a117', COMPANY: '#2b6cb0', INSTITUTE: '#2f9e44',
          INDUSTRY: '#9c36b5', VALUE_CHAIN_STAGE: '#c2255c', INITIATIVE: '#e8590c',
        };
        const SIZE = 800;
        const SVG_NS = 'http://www.w3.org/2000/svg';

        const MAP_QUERY = `query Map($filter: MapFilter) { clusterMap(filter: $filter, limit: 10000) }`;
        const STAGES_QUERY = `query Stages { entities(filter: { kinds: [VALUE_CHAIN_STAGE] }, first: 100) { nodes { id name(lang: EN) } } }`;
        const ENTITY_QUERY = `query Entity($id: ID!) {
          entity(id: $id) {
            id kind name(lang: EN) names { ko en } degree
            region { name(lang: EN) }
            evidence { quote source { title url } }
            relations(first: 50) { nodes { type from { id name(lang: EN) } to { id name(lang: EN) } evidence { quote source { title url } } } }
          }
        }`;

        async function gql(query, variables) {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
            body: JSON.stringify({ query, variables }),
          });
          const body = await response.json();
          if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
          return body.data;
        }

        function el(name, attributes = {}, text = '') {
          const node = document.createElementNS(name === 'circle' || name === 'title' ? SVG_NS : 'http://www.w3.org/1999/xhtml', name);
          for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
          if (text) node.textContent = text;
          return node;
        }

        // Equirectangular projection fitted to the points: x = lon·cos(mid-latitude), y = -lat.
        function projection(points) {
          const lons = points.map((p) => p.geometry.coordinates[0]);
          const lats = points.map((p) => p.geometry.coordinates[1]);
          const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
          const k = Math.cos(((south + north) / 2) * Math.PI / 180);
          const scale = (SIZE - 40) / Math.max((east - west) * k, north - south, 1e-6);
          return ([lon, lat]) => [20 + (lon - west) * k * scale, 20 + (north - lat) * scale];
        }

        async function drawMap(stageId) {
          const filter = stageId ? { activeIn: [stageId] } : {};
          const map = (await gql(MAP_QUERY, { filter })).clusterMap;
          const points = map.features.filter((f) => f.geometry.type === 'Point');
          const svg = document.getElementById('map');
          svg.replaceChildren();
          document.getElementById('count').textContent = String(points.length);
          if (points.length === 0) return;
          const project = projection(points);
          // Big points first so small ones stay clickable on top.
          for (const point of [...points].sort((a, b) => b.properties.degree - a.properties.degree)) {
            const [x, y] = project(point.geometry.coordinates);
            const p = point.properties;
            const circle = el('circle', {
              cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 1.5 * Math.sqrt(p.degree)).toFixed(1),
              fill: COLOURS[p.kind] ?? '#000', 'data-id': p.id, 'data-kind': p.kind,
            });
            circle.append(el('title', {}, `${p.names.en ?? p.names.ko} (${p.kind})`));
            circle.addEventListener('click', () => showEntity(p.id, circle));
            svg.append(circle);
          }
        }

        function quotes(evidence) {
          return evidence.filter((e) => e.quote).map((e) => {
            const block = el('blockquote', {}, e.quote);
            block.append(el('br'), el('cite', {}, `— ${e.source.title}`));
            return block;
          });
        }

        async function showEntity(id, circle) {
          document.querySelectorAll('#map circle.selected').forEach((c) => c.classList.remove('selected'));
          circle.classList.add('selected');
          const { entity } = await gql(ENTITY_QUERY, { id });
          const panel = document.getElementById('panel');
          panel.replaceChildren(
            el('h2', {}, entity.name),
            el('p', {}, `${entity.names.ko ?? ''} · ${entity.kind} · ${entity.degree} relations${entity.region ? ' · ' + entity.region.name : ''}`),
            ...quotes(entity.evidence));
          for (const relation of entity.relations.nodes) {
            const other = relation.from.id === id ? relation.to : relation.from;
            panel.append(el('h3', {}, `${relation.type} ${other.name}`), ...quotes(relation.evidence));
          }
        }

        async function start() {
          const legend = document.getElementById('legend');
          for (const [kind, colour] of Object.entries(COLOURS)) {
            legend.append(el('span', { style: `background:${colour}` }), document.createTextNode(kind));
          }
          const select = document.getElementById('stage');
          for (const stage of (await gql(STAGES_QUERY)).entities.nodes) {
            select.append(el('option', { value: stage.id }, stage.name));
          }
          select.addEventListener('change', () => drawMap(select.value));
          // ?stage=<id> opens the map already filtered (a link to share, and what the browser test uses).
          select.value = new URLSearchParams(location.search).get('stage') ?? '';
          await drawMap(select.value);
        }

        start().catch((error) => { document.getElementById('count').textContent = 'error: ' + error.message; });
        """;
}

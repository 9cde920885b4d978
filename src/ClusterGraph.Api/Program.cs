// The HTTP server is not wired yet (issue "The API"). Until it is, this prints the engine's version
// and exits rather than pretending to serve.
using ClusterGraph.GraphQL;

Console.WriteLine($"ClusterGraph engine {EngineInfo.Version} ({EngineInfo.SpecificationEdition}): the HTTP server is not built yet.");

using System.Runtime.CompilerServices;

// The tests check the typed-JSON codec and the row mapping directly.
[assembly: InternalsVisibleTo("ClusterGraph.Neo4j.Tests")]

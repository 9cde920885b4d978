namespace ClusterGraph.Neo4j.Import;

/// <summary>One step of a batched import: which batch, of how many, what it held, and whether an earlier run had done it.</summary>
public sealed record ImportProgress(int Batch, int Batches, string Statement, int Rows, bool Skipped);

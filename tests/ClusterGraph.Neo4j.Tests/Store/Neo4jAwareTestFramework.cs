using System.Reflection;
using ClusterGraph.Neo4j.Tests.Store;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("ClusterGraph.Neo4j.Tests.Store.Neo4jAwareTestFramework", "ClusterGraph.Neo4j.Tests")]

namespace ClusterGraph.Neo4j.Tests.Store;

/// <summary>
/// xunit's own framework, except that without NEO4J_URL the tests of
/// <see cref="Neo4jGraphStoreContractTests"/> (declared on a base class this project does not own)
/// are reported skipped, with <see cref="Neo4jGraphStoreContractTests.SkipReason"/>, instead of run.
/// </summary>
public sealed class Neo4jAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    /// <inheritdoc/>
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            bool configured = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URL"));
            string contractClass = typeof(Neo4jGraphStoreContractTests).FullName!;
            IEnumerable<IXunitTestCase> cases = configured
                ? testCases
                : testCases.Select(testCase => testCase.TestMethod.TestClass.Class.Name == contractClass
                    ? new XunitSkippedDataRowTestCase(DiagnosticMessageSink, TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None, testCase.TestMethod, Neo4jGraphStoreContractTests.SkipReason, testCase.TestMethodArguments)
                    : testCase);
            base.RunTestCases(cases, executionMessageSink, executionOptions);
        }
    }
}

namespace ClusterGraph.Api.Operations;

/// <summary>
/// Counts <c>/graphql</c> requests by status code and their latency; operations by name and status (at most
/// <see cref="MaxOperationNames"/> distinct names, later ones counted as <see cref="OtherOperations"/>, so a
/// client inventing names cannot grow the series without bound); validation rejections by rule; cost spent.
/// </summary>
public sealed class RequestMetrics
{
    /// <summary>The label of a request that reached no operation (refused before, or a transport error).</summary>
    public const string NoOperation = "(none)";

    /// <summary>The label of an anonymous operation (or one whose document did not parse).</summary>
    public const string AnonymousOperation = "(anonymous)";

    /// <summary>The label of names beyond the cap. Parentheses make these labels impossible GraphQL names.</summary>
    public const string OtherOperations = "(other)";

    /// <summary>The label of a syntax error (the document never reached the validation rules).</summary>
    public const string SyntaxError = "(syntax)";

    private const int MaxOperationNameLength = 128;

    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, long> _byStatus = [];
    private readonly SortedDictionary<(string Operation, int Status), long> _byOperation = new(Comparer<(string Operation, int Status)>.Create(
        static (a, b) => string.CompareOrdinal(a.Operation, b.Operation) is var byName and not 0 ? byName : a.Status.CompareTo(b.Status)));
    private readonly HashSet<string> _operationNames = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _rejectionsByRule = new(StringComparer.Ordinal);
    private double _costSpent;
    private long _costRefusals;

    public RequestMetrics(int maxOperationNames = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxOperationNames);
        MaxOperationNames = maxOperationNames;
    }

    /// <summary>How many distinct operation names get their own series.</summary>
    public int MaxOperationNames { get; }

    public LatencyHistogram Latency { get; } = new();

    /// <summary>Records one finished request.</summary>
    public void Record(int statusCode, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _byStatus[statusCode] = _byStatus.GetValueOrDefault(statusCode) + 1;
        }

        Latency.Observe(elapsed);
    }

    /// <summary>Records one operation of a finished request (<paramref name="operationName"/> null: anonymous).</summary>
    public void RecordOperation(string? operationName, int statusCode)
    {
        lock (_gate)
        {
            string label = LabelOf(operationName);
            _byOperation[(label, statusCode)] = _byOperation.GetValueOrDefault((label, statusCode)) + 1;
        }
    }

    /// <summary>Records a finished request that reached no operation.</summary>
    public void RecordNoOperation(int statusCode)
    {
        lock (_gate)
        {
            _byOperation[(NoOperation, statusCode)] = _byOperation.GetValueOrDefault((NoOperation, statusCode)) + 1;
        }
    }

    /// <summary>Records a request refused by validation, once under each rule that reported an error.</summary>
    public void RecordRejection(IEnumerable<string> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        lock (_gate)
        {
            foreach (string rule in rules)
            {
                _rejectionsByRule[rule] = _rejectionsByRule.GetValueOrDefault(rule) + 1;
            }
        }
    }

    /// <summary>Records cost paid from a budget.</summary>
    public void RecordCostSpent(double cost)
    {
        lock (_gate)
        {
            _costSpent += cost;
        }
    }

    /// <summary>Records an operation refused because its caller's cost budget could not pay it.</summary>
    public void RecordCostRefusal() => Interlocked.Increment(ref _costRefusals);

    /// <summary>A copy of the counts by status code.</summary>
    public IReadOnlyList<KeyValuePair<int, long>> ByStatus()
    {
        lock (_gate)
        {
            return [.. _byStatus];
        }
    }

    /// <summary>A copy of the counts by operation label and status code.</summary>
    public IReadOnlyList<KeyValuePair<(string Operation, int Status), long>> ByOperation()
    {
        lock (_gate)
        {
            return [.. _byOperation];
        }
    }

    /// <summary>A copy of the rejection counts by rule.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> RejectionsByRule()
    {
        lock (_gate)
        {
            return [.. _rejectionsByRule];
        }
    }

    public double CostSpent
    {
        get
        {
            lock (_gate)
            {
                return _costSpent;
            }
        }
    }

    public long CostRefusals => Interlocked.Read(ref _costRefusals);

    private string LabelOf(string? operationName)
    {
        if (operationName is null)
        {
            return AnonymousOperation;
        }

        if (operationName.Length > MaxOperationNameLength || !IsName(operationName))
        {
            return OtherOperations;
        }

        if (_operationNames.Contains(operationName))
        {
            return operationName;
        }

        if (_operationNames.Count < MaxOperationNames)
        {
            _operationNames.Add(operationName);
            return operationName;
        }

        return OtherOperations;
    }

    /// <summary>A GraphQL name (/[_A-Za-z][_0-9A-Za-z]*/): anything else cannot name an operation.</summary>
    private static bool IsName(string text)
    {
        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}

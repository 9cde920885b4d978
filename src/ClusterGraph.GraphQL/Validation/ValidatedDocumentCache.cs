using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// Parsed-and-validated documents by document text, so a hot query skips both parse and validation. One
/// cache serves one schema and one set of options (a different schema or options needs another cache).
/// Least recently used entries go first once <see cref="Capacity"/> is reached; invalid documents are
/// cached too, so a client repeating a bad document costs a lookup. Thread-safe; two threads missing on
/// the same new document may both validate it (the result is the same).
/// </summary>
public sealed class ValidatedDocumentCache
{
    private readonly Schema _schema;
    private readonly ValidationOptions _options;
    private readonly ParserOptions _parserOptions;
    private readonly Dictionary<string, LinkedListNode<ValidatedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<ValidatedDocument> _recency = new();
    private readonly Lock _lock = new();

    public ValidatedDocumentCache(Schema schema, ValidationOptions? options = null, int capacity = 1_000)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _schema = schema;
        _options = options ?? ValidationOptions.Default;
        _parserOptions = _options.MaxTokens > 0 ? new ParserOptions { MaxTokens = _options.MaxTokens } : ParserOptions.Default;
        Capacity = capacity;
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>The documents kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The key of a document text: SHA-256 over its UTF-16 code units (lone surrogates stay distinct), hex.</summary>
    public static string HashOf(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(document.AsSpan()), hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The cached result for this text, or the result of parsing and validating it now.</summary>
    public ValidatedDocument GetOrValidate(string document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // Keyed by the text itself: the dictionary's randomized string hash and an ordinal compare cost far
        // less per lookup than a SHA-256 of the document, and the text is no bigger than the AST kept with it.
        lock (_lock)
        {
            if (_entries.TryGetValue(document, out LinkedListNode<ValidatedDocument>? found))
            {
                _recency.Remove(found);
                _recency.AddFirst(found);
                return found.Value;
            }
        }

        ValidatedDocument validated = Validate(document);
        lock (_lock)
        {
            if (_entries.TryGetValue(document, out LinkedListNode<ValidatedDocument>? raced))
            {
                return raced.Value;
            }

            _entries[document] = _recency.AddFirst(validated);
            if (_entries.Count > Capacity)
            {
                LinkedListNode<ValidatedDocument> oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
            }
        }

        return validated;
    }

    private ValidatedDocument Validate(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, _parserOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            GraphQLError error = new(e.Message, [new ErrorLocation(e.Line, e.Column)]);
            return new ValidatedDocument(text, null, [error], _schema, _options);
        }

        return new ValidatedDocument(text, document, DocumentValidator.Validate(_schema, document, _options), _schema, _options);
    }
}

using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// What a rule sees while one document is validated: the schema and document, the type information of
/// the node being walked, fragment and variable lookups shared by the rules (computed once, cached), and
/// the error sink, which stops the validation after <see cref="ValidationOptions.MaxErrors"/> errors.
/// </summary>
public sealed partial class ValidationContext
{
    /// <summary>graphql-js's message when the error limit is reached.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    private readonly List<GraphQLError> _errors = [];
    private readonly TypeInfo _typeInfo;
    private readonly List<SyntaxNode> _ancestors = [];
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        _typeInfo = new TypeInfo(schema);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    /// <summary>The errors reported so far, in order.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>True once the error limit was passed (or the document could not be walked): rules should stop.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => _typeInfo.Type;

    /// <summary>The composite type the current selection set selects from.</summary>
    public NamedType? ParentType => _typeInfo.ParentType;

    /// <summary>The input type expected at the current value.</summary>
    public GraphQLType? InputType => _typeInfo.InputType;

    /// <summary>The input type holding the current value (list or input object).</summary>
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDef => _typeInfo.FieldDef;

    /// <summary>The definition of the current directive.</summary>
    public DirectiveDefinition? Directive => _typeInfo.Directive;

    /// <summary>The definition of the current argument.</summary>
    public InputValueDefinition? Argument => _typeInfo.Argument;

    /// <summary>The nodes above the current one, the document first (names and list wrappers not included).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    internal TypeInfo TypeInfo => _typeInfo;

    internal List<SyntaxNode> AncestorList => _ancestors;

    /// <summary>The rule the walker is calling, so that its errors can be attributed to it (for metrics).</summary>
    internal ValidationRule? CurrentRule { get; set; }

    /// <summary>Adds an error; past the limit, adds graphql-js's "too many" error instead and aborts.</summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsAborted)
        {
            return;
        }

        if (Options.MaxErrors > 0 && _errors.Count >= Options.MaxErrors)
        {
            _errors.Add(ValidationErrorRules.Attach(new GraphQLError(TooManyErrorsMessage), ValidationErrorRules.ErrorLimit));
            IsAborted = true;
            return;
        }

        _errors.Add(CurrentRule is { } rule ? ValidationErrorRules.Attach(error, rule.GetType().Name) : error);
    }

    /// <summary>Adds an error located at the given nodes.</summary>
    public void Report(string message, params ReadOnlySpan<SyntaxNode?> nodes) => ReportError(GraphQLError.At(message, nodes));

    /// <summary>Adds an error located at every node of the list.</summary>
    public void Report(string message, IReadOnlyList<SyntaxNode> nodes) => ReportError(GraphQLError.At(message, nodes));

    /// <summary>The options close to <paramref name="input"/> (none when suggestions are off).</summary>
    public IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options) =>
        Options.IncludeSuggestions ? Suggestions.List(input, options) : [];

    /// <summary>" Did you mean …?" for the suggestions (empty when there are none or suggestions are off).</summary>
    public string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null) =>
        Options.IncludeSuggestions ? Suggestions.DidYouMean(suggestions, subMessage) : string.Empty;

    /// <summary>A message from elsewhere (scalar coercion) without its hint when suggestions are off.</summary>
    public string WithoutHintIfOff(string message)
    {
        if (Options.IncludeSuggestions)
        {
            return message;
        }

        int at = message.IndexOf(" Did you mean ", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    /// <summary>The fragment definition with this name (the last one, when a name is defined twice).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (DefinitionNode definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    internal void Abort(GraphQLError error)
    {
        if (!IsAborted)
        {
            _errors.Add(error);
            IsAborted = true;
        }
    }

    internal void ReportTooDeep(SyntaxNode node) =>
        Abort(ValidationErrorRules.Attach(
            GraphQLError.At("Document nests too deeply to validate. Validation aborted.", node), ValidationErrorRules.NestingLimit));
}

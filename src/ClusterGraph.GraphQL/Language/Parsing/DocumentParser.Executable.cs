namespace ClusterGraph.GraphQL.Language;

internal ref partial struct DocumentParser
{
    // Document :: Definition+
    public DocumentNode ParseDocument()
    {
        NodeStart start = StartHere();
        Advance();
        int mark = _stackTop;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode { Definitions = PopList<DefinitionNode>(mark), Location = Loc(start) };
    }

    // Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        // Type-system definitions may start with a description: look past it for the keyword.
        bool hasDescription = PeekDescription();
        Token keywordToken = hasDescription ? Lookahead() : _token;
        if (keywordToken.Kind == TokenKind.Name)
        {
            Keyword keyword = KeywordOf(keywordToken);
            switch (keyword)
            {
                case Keyword.Schema:
                    return ParseSchemaDefinition();
                case Keyword.Scalar:
                    return ParseScalarTypeDefinition();
                case Keyword.Type:
                    return ParseObjectTypeDefinition();
                case Keyword.Interface:
                    return ParseInterfaceTypeDefinition();
                case Keyword.Union:
                    return ParseUnionTypeDefinition();
                case Keyword.Enum:
                    return ParseEnumTypeDefinition();
                case Keyword.Input:
                    return ParseInputObjectTypeDefinition();
                case Keyword.Directive:
                    return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                ThrowAt(_token, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keyword)
            {
                case Keyword.Query:
                case Keyword.Mutation:
                case Keyword.Subscription:
                    return ParseOperationDefinition();
                case Keyword.Fragment:
                    return ParseFragmentDefinition();
                case Keyword.Extend:
                    return ParseTypeSystemExtension();
            }
        }

        Unexpected(keywordToken);
        return null;
    }

    // OperationDefinition :: SelectionSet | OperationType Name? VariableDefinitions? Directives? SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        NodeStart start = StartHere();
        if (Peek(TokenKind.BraceLeft))
        {
            SelectionSetNode shorthand = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = shorthand, Location = Loc(start) };
        }

        OperationType operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        VariableDefinitionNode[] variables = ParseVariableDefinitions();
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    // OperationType :: one of query mutation subscription
    private OperationType ParseOperationType()
    {
        Token token = ExpectToken(TokenKind.Name);
        switch (KeywordOf(token))
        {
            case Keyword.Query:
                return OperationType.Query;
            case Keyword.Mutation:
                return OperationType.Mutation;
            case Keyword.Subscription:
                return OperationType.Subscription;
            default:
                Unexpected(token);
                return default;
        }
    }

    // VariableDefinitions :: ( VariableDefinition+ )
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenLeft))
        {
            return [];
        }

        int mark = _stackTop;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenRight));

        return PopList<VariableDefinitionNode>(mark);
    }

    // VariableDefinition :: Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        NodeStart start = StartHere();
        VariableNode variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = Loc(start),
        };
    }

    // Variable :: $ Name
    private VariableNode ParseVariable()
    {
        NodeStart start = StartHere();
        ExpectToken(TokenKind.Dollar);
        NameNode name = ParseName();
        return new VariableNode { Name = name, Location = Loc(start) };
    }

    // SelectionSet :: { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        NodeStart start = StartHere();
        EnterLevel();
        ExpectToken(TokenKind.BraceLeft);
        int mark = _stackTop;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        ExitLevel();
        return new SelectionSetNode { Selections = PopList<SelectionNode>(mark), Location = Loc(start) };
    }

    // Field :: Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        NodeStart start = StartHere();
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        ArgumentNode[] arguments = ParseArguments(isConst: false);
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode? selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    // Arguments[Const] :: ( Argument[?Const]+ )
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenLeft))
        {
            return [];
        }

        int mark = _stackTop;
        do
        {
            Push(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenRight));

        return PopList<ArgumentNode>(mark);
    }

    // Argument[Const] :: Name : Value[?Const]
    private ArgumentNode ParseArgument(bool isConst)
    {
        NodeStart start = StartHere();
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Location = Loc(start) };
    }

    // FragmentSpread :: ... FragmentName Directives?
    // InlineFragment :: ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        NodeStart start = StartHere();
        ExpectToken(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword(Keyword.On);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            NameNode name = ParseFragmentName();
            DirectiveNode[] spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = Loc(start) };
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    // FragmentDefinition :: fragment FragmentName TypeCondition Directives? SelectionSet
    // TypeCondition :: on NamedType
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Fragment);
        NameNode name = ParseFragmentName();
        ExpectKeyword(Keyword.On);
        NamedTypeNode typeCondition = ParseNamedType();
        DirectiveNode[] directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    // FragmentName :: Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (TokenValueIs(_token, "on"))
        {
            Unexpected(_token);
        }

        return ParseName();
    }

    // Name :: NameStart NameContinue*
    private NameNode ParseName()
    {
        if (_token.Kind != TokenKind.Name)
        {
            ThrowExpected(TokenKind.Name);
        }

        // The name's bytes are sliced before advancing, so the token itself is not copied.
        ReadOnlySpan<byte> name = Source.Bytes[_token.Start.._token.End];
        NodeStart start = StartHere();
        Advance();
        return new NameNode { Value = NameCache.Get(_names, name), Location = Loc(start) };
    }
}

namespace LangGap.Torch.Modules;

/// <summary>The decoder-only transformer families LangGap can load and run.</summary>
public enum Architecture
{
    /// <summary>Hugging Face <c>LlamaForCausalLM</c>: RMSNorm, sequential attention then MLP, half-split RoPE.</summary>
    Llama,

    /// <summary>Hugging Face <c>Qwen2ForCausalLM</c>: Llama with biases on the query, key and value projections.</summary>
    Qwen2,

    /// <summary>Hugging Face <c>CohereForCausalLM</c> (Aya 23): one LayerNorm feeding attention and MLP in parallel,
    /// interleaved RoPE, tied embeddings and a logit scale.</summary>
    Cohere,
}

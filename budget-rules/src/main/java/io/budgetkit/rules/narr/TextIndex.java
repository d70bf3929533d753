package io.budgetkit.rules.narr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of several texts contain which of many words: an Aho–Corasick automaton over the words,
 * run once over each text.
 *
 * <p>The narrative rules ask, for every stated figure, which section's text holds its words and
 * its value. Asking {@code text.contains(words)} for each figure reads the whole narrative once
 * per figure: a document with many figures and a long text took time in proportion to their
 * product. This index reads each text once, whatever the number of words: building it takes time
 * in proportion to the length of the words and the texts (and to the number of (word, text) pairs
 * found), and {@link #contains} then takes a binary search.
 *
 * <p>Immutable once built; not meant to be shared beyond one validation.
 */
final class TextIndex {

  /** The ids of the texts holding each word, ascending; the empty word is in every text. */
  private final int[][] textsOf;
  private final Map<String, Integer> ids;
  private final int textCount;

  private TextIndex(Map<String, Integer> ids, int[][] textsOf, int textCount) {
    this.ids = ids;
    this.textsOf = textsOf;
    this.textCount = textCount;
  }

  /**
   * Builds the index.
   *
   * @param words the words to look for (duplicates allowed)
   * @param texts the texts, each known by its position in this list
   * @return the index
   */
  static TextIndex of(List<String> words, List<String> texts) {
    Automaton a = new Automaton();
    Map<String, Integer> ids = new HashMap<>();
    for (String w : words) {
      if (!w.isEmpty() && !ids.containsKey(w)) {
        int id = ids.size();
        ids.put(w, id);
        a.add(w, id);
      }
    }
    a.link();
    Occurrences found = new Occurrences(ids.size());
    for (int t = 0; t < texts.size(); t++) {
      a.scan(texts.get(t), t, found);
    }
    return new TextIndex(ids, found.lists(), texts.size());
  }

  /**
   * Tells whether a text contains a word given when the index was built.
   *
   * @param text the text's position
   * @param word the word (the empty word is in every text)
   * @return true if the text contains the word
   * @throws IllegalArgumentException if the word was not given to the index
   */
  boolean contains(int text, String word) {
    if (word.isEmpty()) {
      return text >= 0 && text < textCount;
    }
    Integer id = ids.get(word);
    if (id == null) {
      throw new IllegalArgumentException("'" + word + "' is not a word of this index");
    }
    return Arrays.binarySearch(textsOf[id], text) >= 0;
  }

  /**
   * Returns the texts that contain a word, ascending.
   *
   * @param word a word given when the index was built, not empty
   * @return the texts' positions
   */
  int[] texts(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      throw new IllegalArgumentException("'" + word + "' is not a word of this index");
    }
    return textsOf[id];
  }

  /** The (word, text) pairs found, as a growing list of texts per word. */
  private static final class Occurrences {
    private final int[][] lists;
    private final int[] sizes;

    Occurrences(int words) {
      lists = new int[words][];
      sizes = new int[words];
    }

    void add(int word, int text) {
      int[] l = lists[word];
      if (l == null) {
        l = new int[2];
        lists[word] = l;
      } else if (sizes[word] == l.length) {
        l = Arrays.copyOf(l, l.length * 2);
        lists[word] = l;
      }
      l[sizes[word]++] = text;
    }

    int[][] lists() {
      int[][] result = new int[lists.length][];
      for (int i = 0; i < lists.length; i++) {
        result[i] = lists[i] == null ? new int[0] : Arrays.copyOf(lists[i], sizes[i]);
      }
      return result;
    }
  }

  /**
   * The automaton: a trie of the words whose edges live in one open-addressing table keyed by
   * (node, character), with failure links and links to the nearest word that ends a suffix.
   */
  private static final class Automaton {
    private int nodes = 1;
    private int[] parent = new int[16];
    private char[] via = new char[16];
    private int[] depth = new int[16];
    private int[] word = filled(16);
    private int[] fail;
    private int[] output;
    /** The last text each node's word was recorded for: one array for all texts. */
    private int[] seenIn;
    private long[] keys = new long[64];
    private int[] children = new int[64];
    private int edges;

    private static int[] filled(int n) {
      int[] a = new int[n];
      Arrays.fill(a, -1);
      return a;
    }

    void add(String w, int id) {
      int node = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        int next = child(node, c);
        if (next < 0) {
          next = newNode(node, c);
        }
        node = next;
      }
      word[node] = id;
    }

    private int newNode(int from, char c) {
      if (nodes == parent.length) {
        int n = nodes * 2;
        parent = Arrays.copyOf(parent, n);
        via = Arrays.copyOf(via, n);
        depth = Arrays.copyOf(depth, n);
        int old = word.length;
        word = Arrays.copyOf(word, n);
        Arrays.fill(word, old, n, -1);
      }
      int node = nodes++;
      parent[node] = from;
      via[node] = c;
      depth[node] = depth[from] + 1;
      put(from, c, node);
      return node;
    }

    /** Failure links in order of depth, so that a node's suffixes are linked before it. */
    void link() {
      fail = new int[nodes];
      output = new int[nodes];
      seenIn = filled(nodes);
      int maxDepth = 0;
      for (int n = 0; n < nodes; n++) {
        maxDepth = Math.max(maxDepth, depth[n]);
      }
      int[] start = new int[maxDepth + 2];
      for (int n = 0; n < nodes; n++) {
        start[depth[n] + 1]++;
      }
      for (int d = 1; d < start.length; d++) {
        start[d] += start[d - 1];
      }
      int[] order = new int[nodes];
      for (int n = 0; n < nodes; n++) {
        order[start[depth[n]]++] = n;
      }
      for (int n : order) {
        if (depth[n] <= 1) {
          fail[n] = 0;
        } else {
          int f = fail[parent[n]];
          char c = via[n];
          while (f != 0 && child(f, c) < 0) {
            f = fail[f];
          }
          int next = child(f, c);
          fail[n] = next < 0 ? 0 : next;
        }
        output[n] = n == 0 ? 0 : word[fail[n]] >= 0 ? fail[n] : output[fail[n]];
      }
    }

    /** Records every word the text contains, each once for the text. */
    void scan(String text, int t, Occurrences found) {
      int state = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int next = child(state, c);
        while (next < 0 && state != 0) {
          state = fail[state];
          next = child(state, c);
        }
        state = next < 0 ? 0 : next;
        // The words ending here are this node's and its output chain's; once a node of the
        // chain is recorded for this text, so is the rest of the chain.
        int n = word[state] >= 0 ? state : output[state];
        while (n != 0 && seenIn[n] != t) {
          seenIn[n] = t;
          found.add(word[n], t);
          n = output[n];
        }
      }
    }

    private static long key(int node, char c) {
      return ((long) node << 16 | c) + 1; // + 1: zero marks a free slot
    }

    private int slot(long k) {
      long h = k * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & (keys.length - 1);
    }

    private int child(int node, char c) {
      long k = key(node, c);
      for (int s = slot(k); ; s = (s + 1) & (keys.length - 1)) {
        if (keys[s] == k) {
          return children[s];
        }
        if (keys[s] == 0) {
          return -1;
        }
      }
    }

    private void put(int node, char c, int child) {
      if ((edges + 1) * 2 > keys.length) {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != 0) {
            insert(oldKeys[i], oldChildren[i]);
          }
        }
      }
      insert(key(node, c), child);
      edges++;
    }

    private void insert(long k, int child) {
      int s = slot(k);
      while (keys[s] != 0) {
        s = (s + 1) & (keys.length - 1);
      }
      keys[s] = k;
      children[s] = child;
    }
  }
}

/**
 * Players the site can show behind a click-to-load facade: the page links to the video or
 * sound page (which works without JavaScript), and media.js swaps in the provider's player only
 * when the reader presses play. Nothing is requested from the provider before that.
 */

export interface Embed {
  /** "YouTube", "Vimeo" … as the facade names it. */
  provider: string;
  /** The player's address, to autoplay once loaded (the click was the reader's request). */
  player: string;
  /** Audio players are a strip; video players keep a 16:9 frame. */
  audio: boolean;
}

type Recognizer = (url: URL) => Embed | undefined;

const id = (value: string | undefined | null) => (value && /^[\w-]{4,64}$/.test(value) ? value : undefined);
const host = (url: URL) => url.hostname.toLowerCase().replace(/^(www|m|music)\./, "");

const youtube: Recognizer = (url) => {
  const h = host(url);
  let video: string | undefined;
  if (h === "youtu.be") video = id(url.pathname.slice(1));
  else if (h === "youtube.com" || h === "youtube-nocookie.com") {
    video = url.pathname === "/watch" ? id(url.searchParams.get("v")) : id(/^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1]);
  }
  if (!video) return undefined;
  const start = Number.parseInt(url.searchParams.get("t") ?? url.searchParams.get("start") ?? "", 10);
  return { provider: "YouTube", player: `https://www.youtube-nocookie.com/embed/${video}?autoplay=1${start > 0 ? `&start=${start}` : ""}`, audio: false };
};

const vimeo: Recognizer = (url) => {
  const h = host(url);
  const video = h === "vimeo.com" ? /^\/(\d+)/.exec(url.pathname)?.[1] : h === "player.vimeo.com" ? /^\/video\/(\d+)/.exec(url.pathname)?.[1] : undefined;
  return video ? { provider: "Vimeo", player: `https://player.vimeo.com/video/${video}?autoplay=1&dnt=1`, audio: false } : undefined;
};

const dailymotion: Recognizer = (url) => {
  const video = host(url) === "dailymotion.com" ? id(/^\/video\/([^/_]+)/.exec(url.pathname)?.[1]) : undefined;
  return video ? { provider: "Dailymotion", player: `https://www.dailymotion.com/embed/video/${video}?autoplay=1`, audio: false } : undefined;
};

const soundcloud: Recognizer = (url) => {
  if (host(url) !== "soundcloud.com" || url.pathname.split("/").filter(Boolean).length < 2) return undefined;
  const track = `https://soundcloud.com${url.pathname}`;
  return { provider: "SoundCloud", player: `https://w.soundcloud.com/player/?url=${encodeURIComponent(track)}&auto_play=true`, audio: true };
};

const spotify: Recognizer = (url) => {
  const match = host(url) === "open.spotify.com" ? /^\/(episode|track|show|album|playlist)\/(\w+)/.exec(url.pathname) : null;
  return match ? { provider: "Spotify", player: `https://open.spotify.com/embed/${match[1]}/${match[2]}`, audio: true } : undefined;
};

const applePodcasts: Recognizer = (url) =>
  host(url) === "podcasts.apple.com" && /\/podcast\//.test(url.pathname)
    ? { provider: "Apple Podcasts", player: `https://embed.podcasts.apple.com${url.pathname}${url.search}`, audio: true }
    : undefined;

const RECOGNIZERS = [youtube, vimeo, dailymotion, soundcloud, spotify, applePodcasts];

/** The player for a video or sound page the site knows how to embed; undefined for any other address. */
export function embedFor(src: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:") return undefined;
  for (const recognize of RECOGNIZERS) {
    const embed = recognize(url);
    if (embed) return embed;
  }
  return undefined;
}

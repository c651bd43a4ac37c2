#include "output.h"

#include "json_writer.h"
#include "text.h"

namespace nf {
namespace {

const char* unit_name(OffsetUnit u) {
  switch (u) {
    case OffsetUnit::Utf8: return "utf8";
    case OffsetUnit::Codepoint: return "codepoint";
    case OffsetUnit::Utf16: break;
  }
  return "utf16";
}

OffsetMap::Unit map_unit(OffsetUnit u) {
  switch (u) {
    case OffsetUnit::Utf8: return OffsetMap::Unit::Utf8;
    case OffsetUnit::Codepoint: return OffsetMap::Unit::Codepoint;
    case OffsetUnit::Utf16: break;
  }
  return OffsetMap::Unit::Utf16;
}

struct Out {
  const Document& doc;
  const OffsetMap& map;
  JsonWriter& w;

  void range(Span s) {
    w.key("start").value(map(s.start));
    w.key("end").value(map(s.end));
  }
  void span_object(Span s) {
    w.begin_object();
    range(s);
    w.end_object();
  }
  void span_or_null(Span s) {
    if (s.empty()) w.null();
    else span_object(s);
  }
  void text_or_null(Span s) {
    if (s.empty()) w.null();
    else w.value(doc.slice(s));
  }
  void span_with_text(Span s) {
    range(s);
    w.key("text").value(doc.slice(s));
  }
  void text_span_object(Span s) {
    w.begin_object();
    span_with_text(s);
    w.end_object();
  }
  // key: [{start, end, text}, ...]
  void text_spans(JsonWriter::Key key, const std::vector<Span>& spans) {
    w.key(key).begin_array();
    for (const Span& s : spans) text_span_object(s);
    w.end_array();
  }
  // key: ["...", ...]
  void strings(JsonWriter::Key key, const std::vector<std::string>& values) {
    w.key(key).begin_array();
    for (const std::string& v : values) w.value(v);
    w.end_array();
  }
};

}  // namespace

std::string write_json(const Document& doc, const Options& options) {
  const OffsetMap map(doc.text, map_unit(options.offsets));
  JsonWriter w(options.pretty, doc.text.size() * 4 + 1024);  // compact output is about 3x the text
  Out o{doc, map, w};
  const Article& a = doc.article;
  w.begin_object();
  w.key("schema").value(kSchema);
  w.key("engine").begin_object().key("version").value(kVersion).end_object();
  w.key("offsets").value(unit_name(options.offsets));

  w.key("article").begin_object();
  w.string_or_null("headline", a.headline);
  w.key("headline_span");
  o.span_or_null(a.headline_span);
  w.string_or_null("date", a.date);
  w.string_or_null("date_source", a.date_source);
  w.key("dateline");
  if (a.has_dateline) {
    w.begin_object();
    o.span_with_text(a.dateline.span);
    // The entity named in the dateline ("WASHINGTON (AP) —" -> Washington's id): the one
    // with a mention inside the dateline's place, a location first.
    const Entity* place = nullptr;
    if (!a.dateline.place.empty()) {
      for (const Entity& e : doc.entities) {
        for (const Span& m : e.mentions) {
          if (m.start >= a.dateline.place.start && m.end <= a.dateline.place.end) {
            if (!place || (place->type != "location" && e.type == "location")) place = &e;
            break;
          }
        }
      }
    }
    w.key("place");
    if (place) w.value(place->id);
    else w.null();
    w.key("place_text").value(doc.slice(a.dateline.place));
    w.string_or_null("agency", a.dateline.agency);
    w.end_object();
  } else {
    w.null();
  }
  o.strings("bylines", a.bylines);
  o.strings("agencies", a.agencies);
  w.key("body");
  o.span_object(a.body);
  w.end_object();

  w.key("paragraphs").begin_array();
  for (const Paragraph& p : doc.paragraphs) o.span_object(p.span);
  w.end_array();
  w.key("sentences").begin_array();
  for (const Sentence& s : doc.sentences) {
    w.begin_object();
    o.range(s.span);
    w.key("paragraph").value(s.paragraph);
    w.end_object();
  }
  w.end_array();

  w.key("entities").begin_array();
  for (const Entity& e : doc.entities) {
    w.begin_object();
    w.key("id").value(e.id);
    w.key("type").value(e.type);
    w.key("name").value(e.name);
    o.text_spans("mentions", e.mentions);
    o.strings("titles", e.titles);
    o.strings("affiliations", e.affiliations);
    if (e.unnamed) w.key("unnamed").value(true);
    if (e.has_place) {
      const Place& p = e.place;
      w.key("place").begin_object();
      w.key("country").value(p.country);
      w.key("kind").value(p.kind);
      if (p.has_coordinates) {
        w.key("lat").value(p.lat);
        w.key("lon").value(p.lon);
      } else {
        w.key("lat").null();
        w.key("lon").null();
      }
      w.key("precision").value(p.precision);
      w.end_object();
    } else {
      w.key("place").null();
    }
    if (!e.country.empty()) w.key("country").value(e.country);
    w.end_object();
  }
  w.end_array();

  w.key("times").begin_array();
  for (const Time& t : doc.times) {
    w.begin_object();
    o.span_with_text(t.span);
    w.key("type").value(t.type);
    w.string_or_null("value", t.value);
    w.key("anchor").value(t.anchor);
    w.key("grain").value(t.grain);
    if (!t.mod.empty()) w.key("mod").value(t.mod);
    if (!t.range_end.empty()) w.key("range_end").value(t.range_end);
    o.strings("inferred", t.inferred);
    w.end_object();
  }
  w.end_array();

  w.key("quantities").begin_array();
  for (const Quantity& q : doc.quantities) {
    w.begin_object();
    o.span_with_text(q.span);
    w.key("value").value(q.value);
    w.key("max");
    if (q.has_max) w.value(q.max); else w.null();
    w.key("qualifier").value(q.qualifier);
    w.string_or_null("unit", q.unit);
    if (!q.noun.empty()) w.key("noun").value(q.noun);
    if (q.vague) w.key("vague").value(true);
    if (!q.restated.empty()) {
      w.key("restated").begin_array();
      for (const auto& r : q.restated) w.begin_object().key("value").value(r.value).key("unit").value(r.unit).end_object();
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();

  w.key("quotes").begin_array();
  for (const Quote& q : doc.quotes) {
    w.begin_object();
    o.span_with_text(q.span);
    w.key("kind").value(q.kind);
    w.string_or_null("speaker", q.speaker);
    w.key("speaker_text");
    o.text_or_null(q.speaker_span);
    w.key("speaker_span");
    o.span_or_null(q.speaker_span);
    w.string_or_null("cue", q.cue_span.empty() ? std::string() : q.cue);
    w.key("cue_span");
    o.span_or_null(q.cue_span);
    w.key("medium");
    o.text_or_null(q.medium_span);
    w.end_object();
  }
  w.end_array();

  w.key("casualties").begin_array();
  for (const Casualty& c : doc.casualties) {
    w.begin_object();
    const struct { JsonWriter::Key name; const Count* count; } counts[] = {
        {"killed", &c.killed}, {"wounded", &c.wounded}, {"missing", &c.missing},
        {"kidnapped", &c.kidnapped}, {"arrested", &c.arrested}, {"displaced", &c.displaced}};
    for (const auto& [name, count] : counts) {
      const bool always = name.text == "killed" || name.text == "wounded";
      if (!count->set && !always) continue;
      w.key(name);
      if (!count->set) {
        w.null();
        continue;
      }
      w.begin_object().key("value").value(count->value).key("qualifier").value(count->qualifier).end_object();
    }
    w.string_or_null("victims", c.victims);
    w.string_or_null("location", c.location);
    w.string_or_null("location_text", c.location_text);
    w.string_or_null("date", c.date);
    w.string_or_null("source", c.source);
    w.string_or_null("source_text", c.source_text);
    w.key("evidence");
    o.span_object(c.evidence);
    if (c.cumulative) w.key("cumulative").value(true);
    if (!c.hedge.empty()) w.key("hedge").value(c.hedge);
    if (!c.partial.empty()) {
      w.key("partial").begin_array();
      for (const auto& p : c.partial) {
        w.begin_object().key("value").value(p.value).key("qualifier").value(p.qualifier);
        w.string_or_null("unit", p.unit);
        w.string_or_null("victims", p.victims);
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();

  w.key("events").begin_array();
  for (const Event& e : doc.events) {
    w.begin_object();
    w.key("id").value(e.id);
    w.key("type").value(e.type);
    w.key("subtype").value(e.subtype);
    w.key("trigger");
    o.text_span_object(e.trigger);
    w.string_or_null("date", e.date);
    w.string_or_null("date_precision", e.date_precision);
    w.string_or_null("location", e.location);
    o.strings("actors", e.actors);
    o.strings("targets", e.targets);
    w.key("fatalities");
    if (e.has_fatalities) w.value(e.fatalities);
    else w.null();
    w.key("wounded");
    if (e.has_wounded) w.value(e.wounded);
    else w.null();
    w.string_or_null("source", e.source);
    w.key("evidence");
    o.span_object(e.evidence);
    w.key("confidence").value(e.confidence);
    o.text_spans("mentions", e.mentions);
    if (!e.inferred.empty()) o.strings("inferred", e.inferred);
    w.end_object();
  }
  w.end_array();

  w.key("warnings").begin_array();
  for (const Warning& wr : doc.warnings) {
    w.begin_object().key("code").value(wr.code).key("message").value(wr.message).end_object();
  }
  w.end_array();
  w.end_object();
  std::string out = w.take();
  out += '\n';
  return out;
}

std::string error_json(std::string_view code, std::string_view message, bool pretty) {
  JsonWriter w(pretty);
  w.begin_object();
  w.key("schema").value(kSchema);
  w.key("engine").begin_object().key("version").value(kVersion).end_object();
  w.key("error").begin_object().key("code").value(code).key("message").value(message).end_object();
  w.end_object();
  std::string out = w.take();
  out += '\n';
  return out;
}

}  // namespace nf

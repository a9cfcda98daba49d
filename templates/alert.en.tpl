{{! Internal alert to compliance officers and technicians (English). See notices/README.md for the directives. }}
@subject [camtrack] {{title}}
@left <b>{{title}}</b>
@left {{message}}
{{#details}}
@left - {{item}}
{{/details}}
{{#has_link}}
@left Open: {{link}}
{{/has_link}}
@gap
@left <small>{{enterprise_name}} - camtrack, {{at_text}} (Vietnam time)</small>

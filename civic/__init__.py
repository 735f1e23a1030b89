"""The civic vocabulary: the values the city and the kiosk talk about.

Bills, petitions, forms, notices, library loans... as immutable values, each defined once, in
plain Python with nothing of the project and no Qt below it. The connectors in
``offline_queue/connectors`` parse wire data into these types; ``kiosk/`` computes with them;
``ui/`` shows them. Values only: no I/O, no parsing of wire formats, no policy.
"""
